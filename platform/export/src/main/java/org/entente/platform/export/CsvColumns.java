package org.entente.platform.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A collection's CSV columns, in order, one row per record. A cell is the value as JSON shows it
 * without quotes (enums by name, days {@code YYYY-MM-DD}, instants ISO 8601, numbers plain), empty
 * for null; a list of values is joined with {@code ;}; a nested object's fields are columns
 * {@code object.field}. {@link #onePerItem} flattens a nested list of objects into one row per item.
 */
public final class CsvColumns<T> implements CsvRows<T> {

    /** Between the values of a list in one cell. */
    public static final String LIST_SEPARATOR = ";";

    private final List<String> names = new ArrayList<>();
    private final List<Function<T, String>> cells = new ArrayList<>();

    private CsvColumns() {
    }

    public static <T> CsvColumns<T> of(Class<T> type) {
        return new CsvColumns<>();
    }

    public CsvColumns<T> add(String name, Function<T, ?> value) {
        names.add(name);
        cells.add(record -> text(value.apply(record)));
        return this;
    }

    /** A list of values in one cell, joined with {@link #LIST_SEPARATOR}; empty for null or none. */
    public CsvColumns<T> joined(String name, Function<T, ? extends Collection<?>> values) {
        names.add(name);
        cells.add(record -> {
            Collection<?> all = values.apply(record);
            return all == null ? "" : all.stream().map(CsvColumns::text).collect(Collectors.joining(LIST_SEPARATOR));
        });
        return this;
    }

    /** A map in one cell, as {@code key=value} pairs joined with {@link #LIST_SEPARATOR} in key order. */
    public CsvColumns<T> pairs(String name, Function<T, ? extends Map<String, ?>> values) {
        names.add(name);
        cells.add(record -> {
            Map<String, ?> all = values.apply(record);
            return all == null ? "" : all.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + "=" + text(e.getValue())).collect(Collectors.joining(LIST_SEPARATOR));
        });
        return this;
    }

    /** The columns of a nested object, each named {@code prefix.column}; all empty when it is null. */
    public <P> CsvColumns<T> nested(String prefix, Function<T, P> part, CsvColumns<P> columns) {
        for (int i = 0; i < columns.names.size(); i++) {
            Function<P, String> cell = columns.cells.get(i);
            names.add(prefix + "." + columns.names.get(i));
            cells.add(record -> {
                P value = part.apply(record);
                return value == null ? "" : cell.apply(value);
            });
        }
        return this;
    }

    /**
     * One row per item of a nested list: these columns repeated, then the item's columns named
     * {@code prefix.column}; a record without items is one row with those empty.
     */
    public <I> CsvRows<T> onePerItem(String prefix, Function<T, ? extends Collection<I>> items, CsvColumns<I> itemColumns) {
        CsvColumns<T> outer = this;
        return new CsvRows<>() {
            @Override
            public List<String> header() {
                List<String> header = new ArrayList<>(outer.header());
                itemColumns.names.forEach(name -> header.add(prefix + "." + name));
                return header;
            }

            @Override
            public void rows(T record, Consumer<List<String>> row) {
                List<String> cells = outer.cellsOf(record);
                Collection<I> all = items.apply(record);
                if (all == null || all.isEmpty()) {
                    List<String> alone = new ArrayList<>(cells);
                    itemColumns.names.forEach(name -> alone.add(""));
                    row.accept(alone);
                    return;
                }
                for (I item : all) {
                    List<String> combined = new ArrayList<>(cells);
                    combined.addAll(itemColumns.cellsOf(item));
                    row.accept(combined);
                }
            }
        };
    }

    @Override
    public List<String> header() {
        return List.copyOf(names);
    }

    @Override
    public void rows(T record, Consumer<List<String>> row) {
        row.accept(cellsOf(record));
    }

    private List<String> cellsOf(T record) {
        List<String> row = new ArrayList<>(cells.size());
        cells.forEach(cell -> row.add(cell.apply(record)));
        return row;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return value.toString();
    }
}
