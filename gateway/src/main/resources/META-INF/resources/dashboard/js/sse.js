// The live stream read with fetch and a stream reader: a browser EventSource cannot send the bearer
// token. Parses Server-Sent Events, remembers the last id and reconnects with Last-Event-ID, so an
// event published during a drop arrives after it.
import { ApiError, headers } from './api.js';

const MAX_RETRY_MS = 15000;

export function openStream(path, { onEvent, onState }) {
  let lastEventId = null;
  let retryMs = 1000;
  let stopped = false;
  let controller;
  let timer;
  let waiting = false; // between a drop and the next try

  function dispatch(block) {
    const event = { type: 'message', data: '' };
    for (const line of block.split('\n')) {
      if (!line || line.startsWith(':')) continue; // a comment: the heartbeat
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'data') event.data += (event.data ? '\n' : '') + value;
      else if (field === 'event') event.type = value;
      else if (field === 'id') event.id = value;
    }
    if (!event.data) return;
    if (event.id) lastEventId = event.id;
    onEvent(event);
  }

  async function connect() {
    waiting = false;
    controller = new AbortController();
    onState({ state: 'connecting' });
    try {
      const request = { headers: headers('text/event-stream'), signal: controller.signal, cache: 'no-store' };
      // the first connection starts with the exercises in progress; a reconnection replays what it missed
      const url = lastEventId ? path : `${path}${path.includes('?') ? '&' : '?'}snapshot=true`;
      if (lastEventId) request.headers['Last-Event-ID'] = lastEventId;
      let response;
      try {
        response = await fetch(url, request);
      } catch (e) {
        throw new ApiError(0, e.message, 'exercise-service');
      }
      if (!response.ok) throw await ApiError.of(response, 'exercise-service');
      onState({ state: 'live', resumed: Boolean(lastEventId) });
      retryMs = 1000;
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer = (buffer + value).replace(/\r\n?/g, '\n');
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          dispatch(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
      throw new ApiError(0, 'the stream ended', 'exercise-service');
    } catch (error) {
      if (stopped) return;
      waiting = true;
      if (!navigator.onLine) {
        onState({ state: 'offline' }); // 'online' reconnects
        return;
      }
      onState({ state: 'reconnecting', error, inMs: retryMs });
      if (error.status === 401) return; // a new token is needed, not another try
      timer = setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
    }
  }

  // a laptop that sleeps or loses its network: drop the stream at once, resume as soon as it is back
  addEventListener('offline', () => controller?.abort());
  addEventListener('online', () => {
    if (!waiting) return;
    clearTimeout(timer);
    retryMs = 1000;
    connect();
  });
  connect();
  return { close() { stopped = true; controller?.abort(); } };
}
