package org.entente.deploy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One launcher per data directory: an OS file lock on {@code <data>/run/launcher.lock}, held for the
 * launcher's life and released by the OS even after kill -9. A second launcher on the same data
 * refuses to start instead of taking the first one's processes for leftovers.
 */
final class LauncherLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private LauncherLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static LauncherLock acquire(Path dataDir) {
        try {
            Path file = Files.createDirectories(dataDir.resolve("run")).resolve("launcher.lock");
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.READ);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException heldInThisJvm) {
                lock = null;
            }
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).trim();
                channel.close();
                throw new SuiteException("Another Entente launcher" + (holder.isEmpty() ? "" : " (pid " + holder + ")")
                        + " is running on " + dataDir + ". Stop it first, or use another --data-dir.");
            }
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid())
                    .getBytes(StandardCharsets.UTF_8)));
            return new LauncherLock(channel, lock);
        } catch (IOException e) {
            throw new SuiteException("Cannot lock " + dataDir.resolve("run/launcher.lock") + ": " + e.getMessage());
        }
    }

    /** Whether a running launcher holds the lock of {@code dataDir}. */
    static boolean isHeld(Path dataDir) {
        Path file = dataDir.resolve("run").resolve("launcher.lock");
        if (!Files.exists(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (java.nio.channels.OverlappingFileLockException heldInThisJvm) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the OS releases the lock with the process anyway
        }
    }
}
