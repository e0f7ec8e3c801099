package org.truce.agreements.gaza_2023_11;

import org.truce.factset.Prisoner;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The positions of prisoners by id, for the lists by id. With a million prisoners, resolving a day's list is the
 * hot loop of the summaries, and a map from id to position pays several cache misses per lookup (the map's node,
 * the key, its characters, the boxed position). Here a lookup is one probe of a flat table holding, per slot,
 * the id's hash, a second hash of its characters and the position: an id that matches both hashes of a slot is
 * taken as that prisoner's (the loader has already refused any release of an id not on the list; for any other
 * id to pass, it would have to match two independent 32-bit hashes of one prisoner's id). Prisoners whose ids
 * share a hash are kept apart, in a small map by id, so no prisoner is ever mistaken for another.
 */
final class IdIndex {
    private static final int AMBIGUOUS = -1;

    private final List<Prisoner> all;
    /** Three ints a slot: the id's hash, its second hash, position + 1 (0: empty; {@link #AMBIGUOUS}: see {@link #shared}). */
    private final int[] table;
    private final int mask;
    private final Map<String, Integer> shared = new HashMap<>();

    IdIndex(List<Prisoner> all) {
        this(all, (p, i) -> { });
    }

    /**
     * The index of {@code all}, telling {@code alsoEach} of each prisoner and its position as it is indexed: one pass
     * over a long list, where each prisoner read is a cache miss, serves the index and whatever else needs every one.
     */
    IdIndex(List<Prisoner> all, java.util.function.ObjIntConsumer<Prisoner> alsoEach) {
        this.all = all;
        // equivalent mutant: "+ 1" for "- 1" makes the table as large or twice as large: shorter probes, the same positions found
        int slots = Integer.highestOneBit(Math.max(2, all.size()) * 2 - 1) << 1;
        table = new int[slots * 3];
        mask = slots - 1;
        for (int i = 0; i < all.size(); i++) {
            Prisoner p = all.get(i);
            put(p.id(), i);
            alsoEach.accept(p, i);
        }
    }

    private void put(String id, int position) {
        int hash = id.hashCode();
        for (int slot = slot(hash); ; slot = (slot + 1) & mask) {
            int at = 3 * slot;
            int value = table[at + 2];
            if (value == 0) {
                table[at] = hash;
                table[at + 1] = secondHash(id);
                table[at + 2] = position + 1;
                return;
            }
            if (table[at] == hash) {
                if (value != AMBIGUOUS) {
                    String other = all.get(value - 1).id();
                    if (other.equals(id)) {
                        return;
                    }
                    shared.put(other, value - 1);
                    table[at + 2] = AMBIGUOUS;
                }
                shared.putIfAbsent(id, position);
                return;
            }
        }
    }

    /** The position of the prisoner with {@code id}. */
    int positionOf(String id) {
        int hash = id.hashCode();
        for (int slot = slot(hash); ; slot = (slot + 1) & mask) {
            int at = 3 * slot;
            int value = table[at + 2];
            if (value == 0) {
                break;
            }
            if (table[at] == hash) {
                if (value == AMBIGUOUS) {
                    Integer position = shared.get(id);
                    if (position != null) {
                        return position;
                    }
                } else if (table[at + 1] == secondHash(id)) {
                    return value - 1;
                }
                break;
            }
        }
        throw new IllegalStateException("released prisoner " + id + " is not on the prisoner list");
    }

    /** The positions of {@code ids}, in increasing order: the summaries then read their arrays front to back. */
    int[] positionsOf(List<String> ids) {
        return positionsOfAll(List.of(ids));
    }

    /** The positions of the ids of all these lists, joined, in increasing order. */
    int[] positionsOfAll(List<List<String>> lists) {
        int n = 0;
        for (List<String> ids : lists) {
            n += ids.size();
        }
        int[] positions = new int[n];
        int k = 0;
        for (List<String> ids : lists) {
            for (String id : ids) {
                positions[k++] = positionOf(id);
            }
        }
        Arrays.sort(positions);
        return positions;
    }

    private int slot(int hash) {
        // equivalent mutant: "/" for "*" moves only the slot a probe starts from: linear probing in a table never full finds every id all the same
        int h = hash * 0x9E3779B9;
        // equivalent mutant: "&" for "^", "<<" for ">>>" or returning 0 move only the slot a probe starts from: every id is found all the same
        return (h ^ (h >>> 15)) & mask;
    }

    /** FNV-1a over the characters: independent of {@link String#hashCode()}. */
    private static int secondHash(String id) {
        int h = 0x811C9DC5;
        for (int i = 0; i < id.length(); i++) {
            h = (h ^ id.charAt(i)) * 0x01000193;
        }
        return h;
    }
}
