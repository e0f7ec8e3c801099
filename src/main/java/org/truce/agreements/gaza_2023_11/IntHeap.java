package org.truce.agreements.gaza_2023_11;

import java.util.Arrays;

/** A binary min-heap of ints. */
final class IntHeap {
    private int[] items;
    private int size;

    IntHeap(int capacity) {
        items = new int[Math.max(1, capacity)];
    }

    boolean isEmpty() {
        return size == 0;
    }

    int peek() {
        return items[0];
    }

    void add(int x) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        int i = size++;
        // equivalent mutant: ">=" for ">" also climbs past an equal parent: the least is still on top, and equal ints are alike
        while (i > 0 && items[(i - 1) / 2] > x) {
            items[i] = items[(i - 1) / 2];
            i = (i - 1) / 2;
        }
        items[i] = x;
    }

    /** Adds {@code rank[of[k]]} for k in from..to: one by one, or appended and re-heaped in linear time when many. */
    void addAll(int[] rank, int[] of, int from, int to) {
        // equivalent mutant: "to + from" only makes count larger: adds one by one or a re-heap, a valid heap either way, with room to spare (a sum past the int range takes more than 700 million prisoners)
        int count = to - from;
        // equivalent mutant: "*" for "/", "<" for "<=" or the negation only choose between adding one by one and re-heaping, both a valid heap
        if (count <= size / 8) {
            for (int k = from; k < to; k++) {
                add(rank[of[k]]);
            }
            return;
        }
        // equivalent mutant: ">=" for ">" grows the array when it would be exactly full: room to spare
        if (size + count > items.length) {
            // equivalent mutant: "/ 2" for "* 2" grows it to exactly size + count, which is room enough
            items = Arrays.copyOf(items, Math.max(size + count, items.length * 2));
        }
        for (int k = from; k < to; k++) {
            items[size++] = rank[of[k]];
        }
        for (int i = size / 2 - 1; i >= 0; i--) {
            siftDown(i, items[i]);
        }
    }

    void poll() {
        int x = items[--size];
        // equivalent mutant: ">=" for ">" sifts the last item into an empty heap, where it already is: still empty
        if (size > 0) {
            siftDown(0, x);
        }
    }

    private void siftDown(int start, int x) {
        int i = start;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            // equivalent mutant: "<=" for "<" takes the right of two equal children: the heap stays valid
            if (child + 1 < size && items[child + 1] < items[child]) {
                child++;
            }
            // equivalent mutant: ">" for ">=" sifts x past a child equal to it: the heap stays valid, and equal ints are alike
            if (items[child] >= x) {
                break;
            }
            items[i] = items[child];
            i = child;
        }
        items[i] = x;
    }
}
