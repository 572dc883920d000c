package org.entente.platform.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.entente.platform.rest.Cursor;
import org.entente.platform.rest.Page;
import org.entente.platform.rest.SortOrder;

/**
 * Keyset pagination over an entity for any {@link SortOrder}: the page after a cursor is "the rows
 * that sort after the cursor's row", so a listing stays stable while rows are added or removed
 * (unlike offsets). The entity's id is always the last sort key, which makes the order total.
 */
public final class KeysetPager<T> {

    private final Class<T> type;
    private final Map<String, SortField<T>> sortable;
    private final SortField<T> id;

    public KeysetPager(Class<T> type, Map<String, SortField<T>> sortable, SortField<T> id) {
        this.type = type;
        this.sortable = Map.copyOf(sortable);
        this.id = id;
    }

    public java.util.Set<String> sortableFields() {
        return sortable.keySet();
    }

    /**
     * One page of {@code SELECT e FROM <type> e WHERE <filter>}, in {@code order}, after {@code after}.
     *
     * @param filter     a JPQL condition on alias {@code e}, or {@code null}
     * @param parameters the filter's named parameters
     */
    public <V> Page<V> page(EntityManager entityManager, String filter, Map<String, Object> parameters,
                            SortOrder order, String after, int limit, Function<T, V> view) {
        List<SortField<T>> keys = new ArrayList<>();
        List<Boolean> descending = new ArrayList<>();
        for (SortOrder.Key key : order.keys()) {
            keys.add(sortable.get(key.field()));
            descending.add(key.descending());
        }
        keys.add(id);
        descending.add(false);

        Map<String, Object> params = new HashMap<>(parameters);
        List<String> conditions = new ArrayList<>();
        if (filter != null && !filter.isBlank()) {
            conditions.add("(" + filter + ")");
        }
        if (after != null && !after.isBlank()) {
            List<String> values = Cursor.decode(after, order.toString(), keys.size());
            List<String> alternatives = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                List<String> all = new ArrayList<>();
                for (int j = 0; j < i; j++) {
                    all.add(keys.get(j).expression() + " = :k" + j);
                }
                all.add(keys.get(i).expression() + (descending.get(i) ? " < :k" : " > :k") + i);
                alternatives.add("(" + String.join(" AND ", all) + ")");
            }
            conditions.add("(" + String.join(" OR ", alternatives) + ")");
            for (int i = 0; i < keys.size(); i++) {
                try {
                    params.put("k" + i, keys.get(i).parse().apply(values.get(i)));
                } catch (RuntimeException e) {
                    throw Cursor.invalid(); // its values do not parse: not a cursor of this listing
                }
            }
        }
        List<String> orderBy = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            orderBy.add(keys.get(i).expression() + (descending.get(i) ? " DESC" : " ASC"));
        }
        String jpql = "SELECT e FROM " + type.getSimpleName() + " e"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " ORDER BY " + String.join(", ", orderBy);
        TypedQuery<T> query = entityManager.createQuery(jpql, type).setMaxResults(limit + 1);
        params.forEach(query::setParameter);
        List<T> rows = query.getResultList();

        boolean more = rows.size() > limit;
        List<T> pageRows = more ? rows.subList(0, limit) : rows;
        String next = null;
        if (more) {
            T last = pageRows.get(pageRows.size() - 1);
            next = Cursor.encode(order.toString(), keys.stream().map(k -> String.valueOf(k.value().apply(last))).toList());
        }
        return new Page<>(pageRows.stream().map(view).toList(), next);
    }
}
