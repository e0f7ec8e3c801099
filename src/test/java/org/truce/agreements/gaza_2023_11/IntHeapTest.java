package org.truce.agreements.gaza_2023_11;

import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;

import java.util.PriorityQueue;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The heap of ranks against the JDK's priority queue: the same smallest element after any adds, bulk adds and polls. */
class IntHeapTest {

    @Property(tries = 300)
    @Label("peek, poll and isEmpty agree with a PriorityQueue after any mix of add, addAll and poll")
    void sameAsPriorityQueue(@ForAll long seed) {
        Random random = new Random(seed);
        IntHeap heap = new IntHeap(1 + random.nextInt(4));
        PriorityQueue<Integer> naive = new PriorityQueue<>();
        for (int step = 0; step < 300; step++) {
            int op = random.nextInt(3);
            if (op == 0) {
                int x = random.nextInt(100);
                heap.add(x);
                naive.add(x);
            } else if (op == 1) {
                int[] rank = random.ints(40, 0, 100).toArray();
                int[] of = random.ints(40, 0, 40).toArray();
                int from = random.nextInt(40);
                int to = from + random.nextInt(41 - from);
                heap.addAll(rank, of, from, to);
                for (int k = from; k < to; k++) {
                    naive.add(rank[of[k]]);
                }
            } else if (!naive.isEmpty()) {
                heap.poll();
                naive.poll();
            }
            assertThat(heap.isEmpty()).isEqualTo(naive.isEmpty());
            if (!naive.isEmpty()) {
                assertThat(heap.peek()).isEqualTo(naive.peek());
            }
        }
    }
}
