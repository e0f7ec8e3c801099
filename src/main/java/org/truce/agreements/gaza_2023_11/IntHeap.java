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
        while (i > 0 && items[(i - 1) / 2] > x) {
            items[i] = items[(i - 1) / 2];
            i = (i - 1) / 2;
        }
        items[i] = x;
    }

    /** Adds {@code rank[of[k]]} for k in from..to: one by one, or appended and re-heaped in linear time when many. */
    void addAll(int[] rank, int[] of, int from, int to) {
        int count = to - from;
        if (count <= size / 8) {
            for (int k = from; k < to; k++) {
                add(rank[of[k]]);
            }
            return;
        }
        if (size + count > items.length) {
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
            if (child + 1 < size && items[child + 1] < items[child]) {
                child++;
            }
            if (items[child] >= x) {
                break;
            }
            items[i] = items[child];
            i = child;
        }
        items[i] = x;
    }
}
