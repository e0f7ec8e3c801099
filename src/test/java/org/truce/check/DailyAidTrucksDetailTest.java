package org.truce.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.check.CheckFixture.check;
import static org.truce.check.CheckFixture.finding;
import static org.truce.testing.FactSetBuilder.facts;

/** T06 daily-aid-trucks: how an account writes a source's trucks when its report says none carried fuel. */
@DisplayName("T06 daily-aid-trucks: a report of no fuel trucks reads as its trucks alone, under every reading")
class DailyAidTrucksDetailTest {

    @Test
    @DisplayName("200 trucks of which none carried fuel: \"200 trucks\" under each reading, whether fuel trucks count or not")
    void noFuelTrucks() {
        var f = finding(check(facts().day("2023-11-24").trucks(200, 0L, "COGAT").and().build()), "daily-aid-trucks/2023-11-24");
        assertThat(f.accounts()).extracting(Finding.Account::reading, Finding.Account::status, Finding.Account::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple("200-including-fuel", Status.COMPLIANT, "200 trucks"),
                org.assertj.core.groups.Tuple.tuple("200-plus-fuel", Status.COMPLIANT, "200 trucks"),
                org.assertj.core.groups.Tuple.tuple("300-including-fuel", Status.VIOLATED, "200 trucks"));
    }
}
