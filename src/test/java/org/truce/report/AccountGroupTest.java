package org.truce.report;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.truce.check.Finding;
import org.truce.check.Report;
import org.truce.check.Status;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Accounts that say the same thing are shown once, with how many there are and every source among them")
class AccountGroupTest {

    private static final Report BUNDLED = BundledReports.check(BundledReports.facts());

    private static Finding finding(String id) {
        return BUNDLED.findings().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("192 combinations of sources that each give 50 hostages are one line")
    void combinations() {
        Finding f = finding("initial-hostages/2023-11-27");
        List<AccountGroup> groups = AccountGroup.of(f);
        assertThat(groups).hasSize(1);
        AccountGroup g = groups.get(0);
        assertThat(g.status()).isEqualTo(Status.COMPLIANT);
        assertThat(g.detail()).isEqualTo("50 hostages (13 + 13 + 13 + 11)");
        assertThat(g.accounts()).hasSize(f.accounts().size()).hasSize(192);
        assertThat(g.according()).isEqualTo("192 combinations of sources, drawn from");
        assertThat(g.sources()).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(f.accounts().stream().flatMap(a -> a.sources().stream()).distinct().toList());
    }

    @Test
    @DisplayName("the same figure under two readings, or two figures, or one resting only on an interested party's word beside one"
            + " that does not, are different lines; every account is in exactly one")
    void byStatusDetailAndReading() {
        Finding f = finding("daily-aid-trucks/2023-11-24");
        List<AccountGroup> groups = AccountGroup.of(f);
        // 8 by status, detail and reading; read as 200-including-fuel, the two 200s on Israel's word alone (IDF, COGAT) are apart
        // from the two that are not
        assertThat(groups).hasSize(9);
        List<Finding.Account> all = new ArrayList<>();
        groups.forEach(g -> {
            all.addAll(g.accounts());
            assertThat(g.accounts()).allSatisfy(a -> {
                assertThat(a.status()).isEqualTo(g.status());
                assertThat(a.detail()).isEqualTo(g.detail());
                assertThat(a.reading()).isEqualTo(g.reading());
                assertThat(a.selfReported()).isEqualTo(g.selfReported());
            });
        });
        assertThat(all).containsExactlyInAnyOrderElementsOf(f.accounts());
        AccountGroup twoHundred = groups.get(0);
        assertThat(twoHundred.reading()).isEqualTo("200-including-fuel");
        assertThat(twoHundred.according()).isEqualTo("2 accounts, according to each of");
        assertThat(twoHundred.selfReported()).isFalse();
        assertThat(groups).filteredOn(g -> g.reading().equals("200-including-fuel") && g.detail().equals("200 trucks") && g.selfReported())
                .singleElement().satisfies(g -> assertThat(g.according()).isEqualTo("2 accounts, according to each of"));
        assertThat(groups).filteredOn(AccountGroup::single).allSatisfy(g -> assertThat(g.according()).isEqualTo("according to"));
    }
}
