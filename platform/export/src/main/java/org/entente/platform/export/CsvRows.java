package org.entente.platform.export;

import java.util.List;
import java.util.function.Consumer;

/** How a collection's records become CSV: a header, and for each record one or more rows of cells. */
public interface CsvRows<T> {

    List<String> header();

    void rows(T record, Consumer<List<String>> row);
}
