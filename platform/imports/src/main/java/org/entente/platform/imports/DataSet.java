package org.entente.platform.imports;

import java.util.List;

/**
 * A research data set a service imports, as its users download it.
 *
 * @param id              short and stable, e.g. {@code atop-5.1}: names the data set in the API and on records
 * @param title           e.g. {@code ATOP 5.1, member-level file}
 * @param fileName        the file's name as distributed, e.g. {@code atop5_1m.csv}
 * @param citation        how to cite it, as its authors ask
 * @param requiredColumns the header columns the importer reads; a file without one of them is refused
 */
public record DataSet(String id, String title, String fileName, String citation, List<String> requiredColumns) {
}
