package org.truce.check;

import org.truce.factset.Claim;

import java.util.List;

/** A claim with the findings it rests on and the verdict they give; {@code reason} says why where there is nothing to rest on. */
public record ClaimVerdict(Claim claim, Verdict verdict, List<String> findings, String reason) {
    public ClaimVerdict {
        findings = List.copyOf(findings);
    }
}
