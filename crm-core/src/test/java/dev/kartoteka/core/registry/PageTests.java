package dev.kartoteka.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTests {

    @Test
    void countsPagesAndTellsWhetherOneFollows() {
        assertThat(new Page<>(List.of(1, 2, 3), 7, 0, 3).totalPages()).isEqualTo(3);
        assertThat(new Page<>(List.of(1, 2, 3), 7, 0, 3).hasNext()).isTrue();
        assertThat(new Page<>(List.of(4, 5, 6), 7, 1, 3).hasNext()).isTrue();
        assertThat(new Page<>(List.of(7), 7, 2, 3).hasNext()).isFalse();
        assertThat(new Page<>(List.of(1, 2, 3), 6, 1, 3).hasNext()).isFalse();
        assertThat(new Page<>(List.of(), 0, 0, 10).totalPages()).isZero();
        assertThat(new Page<>(List.of(), 0, 0, 10).hasNext()).isFalse();
    }

    @Test
    void aPageFarBeyondTheEndHasNoNext() {
        Page<Integer> page = new Page<>(List.of(), 10, Integer.MAX_VALUE, 10);

        assertThat(page.hasNext()).isFalse();
        assertThat(new Page<>(List.of(), Long.MAX_VALUE / 2, Integer.MAX_VALUE, 1000).hasNext()).isTrue();
    }

    @Test
    void keepsACopyOfTheItems() {
        List<Integer> items = new ArrayList<>(List.of(1, 2));
        Page<Integer> page = new Page<>(items, 2, 0, 10);

        items.add(3);

        assertThat(page.items()).containsExactly(1, 2);
    }

    @Test
    void mapsItemsAndKeepsTheNumbers() {
        Page<String> mapped = new Page<>(List.of(1, 2), 12, 3, 2).map(i -> "#" + i);

        assertThat(mapped).isEqualTo(new Page<>(List.of("#1", "#2"), 12, 3, 2));
    }

    @Test
    void rejectsNumbersOutOfRange() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Page<>(List.of(), -1, 0, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> new Page<>(List.of(), 0, -1, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> new Page<>(List.of(), 0, 0, 0));
        assertThatNullPointerException().isThrownBy(() -> new Page<>(null, 0, 0, 10));
    }
}
