package org.truce.rulebook;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A rule's citation as the engine reads it, whether the compiler hands the value over bare or still in its quotes. */
@DisplayName("Metadata: a rule's @clause and @term, with or without the quotes of the source")
class MetadataTest {

    private static Rule rule(Map<String, Object> metadata) {
        return new Rule() {
            @Override
            public String getPackageName() {
                return "gaza_2023_11";
            }

            @Override
            public String getName() {
                return "T06 a rule";
            }

            @Override
            public Map<String, Object> getMetaData() {
                return metadata;
            }

            @Override
            public int getLoadOrder() {
                return 0;
            }

            @Override
            public KnowledgeType getKnowledgeType() {
                return KnowledgeType.RULE;
            }

            @Override
            public String getNamespace() {
                return "gaza_2023_11";
            }

            @Override
            public String getId() {
                return "T06 a rule";
            }
        };
    }

    @Test
    @DisplayName("a value in quotes is read without them; a bare value as it is; a missing one as null")
    void quotes() {
        Map<String, Object> metadata = new HashMap<>();
        metadata.put(Metadata.CLAUSE, "\"T06\"");
        metadata.put(Metadata.TERM, "daily-aid-trucks");
        Rule rule = rule(metadata);
        assertThat(Metadata.clause(rule)).isEqualTo("T06");
        assertThat(Metadata.term(rule)).isEqualTo("daily-aid-trucks");
        assertThat(Metadata.clause(rule(Map.of()))).isNull();
    }

    @Test
    @DisplayName("quotes only at one end, a lone quote, or empty quotes: kept as written but for a whole pair")
    void oddQuotes() {
        assertThat(Metadata.clause(rule(Map.of(Metadata.CLAUSE, "\"T06")))).isEqualTo("\"T06");
        assertThat(Metadata.clause(rule(Map.of(Metadata.CLAUSE, "T06\"")))).isEqualTo("T06\"");
        assertThat(Metadata.clause(rule(Map.of(Metadata.CLAUSE, "\"")))).isEqualTo("\"");
        assertThat(Metadata.clause(rule(Map.of(Metadata.CLAUSE, "\"\"")))).isEmpty();
        assertThat(Metadata.term(rule(Map.of(Metadata.TERM, 7)))).isEqualTo("7");
    }
}
