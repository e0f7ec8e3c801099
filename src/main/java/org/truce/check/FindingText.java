package org.truce.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** How a finding's requirement and one-line summary read, built at their length: they are written for every finding. */
final class FindingText {

    private FindingText() {
    }

    /** The requirement, or, where readings require different things, each with the readings that require it. */
    static String requirement(List<Obligation> obligations, List<Finding.ReadingStatus> readings) {
        List<String> notDue = List.of();
        for (Finding.ReadingStatus r : readings) {
            if (Findings.NOT_DUE.equals(r.requirement())) {
                if (notDue.isEmpty()) {
                    notDue = new ArrayList<>(2);
                }
                notDue.add(r.id());
            }
        }
        String only = obligations.get(0).requirement();
        boolean one = true;
        for (Obligation o : obligations) {
            one &= Objects.equals(only, o.requirement());
        }
        if (one && notDue.isEmpty()) {
            return only;
        }
        if (one) {
            List<String> ids = new ArrayList<>();
            obligations.forEach(o -> ids.add(o.reading()));
            return only + " (read as " + String.join(", ", ids.stream().filter(Objects::nonNull).distinct().sorted().toList())
                    + "); nothing on this date (read as " + String.join(", ", notDue) + ")";
        }
        // Each text once, in the order of the first reading (none first) that requires it, with the readings that do.
        List<Obligation> byReading = new ArrayList<>(obligations);
        byReading.sort(Findings.BY_READING);
        List<String> texts = new ArrayList<>(byReading.size());
        List<List<String>> ids = new ArrayList<>(byReading.size());
        for (Obligation o : byReading) {
            int at = texts.indexOf(o.requirement());
            if (at < 0) {
                texts.add(o.requirement());
                ids.add(new ArrayList<>(2));
                at = texts.size() - 1;
            }
            ids.get(at).add(o.reading());
        }
        int length = 0;
        for (int i = 0; i < texts.size(); i++) {
            length += String.valueOf(texts.get(i)).length() + 16;
            for (String id : ids.get(i)) {
                length += id == null ? 0 : id.length() + 2;
            }
        }
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < texts.size(); i++) {
            out.append(i == 0 ? "" : "; or ").append(texts.get(i)).append(" (read as ");
            String sep = "";
            for (String id : ids.get(i)) {
                if (id != null) {
                    out.append(sep).append(id);
                    sep = ", ";
                }
            }
            out.append(')');
        }
        return out.toString();
    }

    /** The one-line summary of a finding: what its accounts show, or why nothing decides it, and what the term requires. */
    static String summary(String needs, String requirement, Status status, List<Finding.Account> accounts, List<Finding.Undecided> open) {
        if (status == Status.UNDETERMINED && !open.isEmpty()) {
            Set<String> whys = new LinkedHashSet<>();
            // An entry no rule decided names the rules that could have in its why; the one-line summary leaves them to undecidedBy.
            open.forEach(u -> {
                int cut = u.rule() == null ? u.why().indexOf(Unread.COULD_HAVE) : -1;
                whys.add(cut < 0 ? u.why() : u.why().substring(0, cut));
            });
            return "no report decides it: " + String.join(" / ", whys) + "; requires " + requirement;
        }
        if (status == Status.UNDETERMINED) {
            // Of this fact set, not of "the reports": what was published may hold the missing figure.
            return "no account in this fact set: needs " + needs + "; requires " + requirement;
        }
        String reported;
        if (accounts.size() == 1) {
            reported = accounts.get(0).detail();
        } else {
            // Each detail once, in the order of the accounts, joined by " / ".
            String[] details = new String[accounts.size()];
            int n = 0;
            int length = 0;
            for (Finding.Account a : accounts) {
                boolean seen = false;
                for (int j = 0; j < n && !seen; j++) {
                    seen = Objects.equals(details[j], a.detail());
                }
                if (!seen) {
                    details[n++] = a.detail();
                    length += String.valueOf(a.detail()).length() + 3;
                }
            }
            StringBuilder joined = new StringBuilder(length);
            for (int j = 0; j < n; j++) {
                joined.append(j == 0 ? "" : " / ").append(details[j]);
            }
            reported = joined.toString();
        }
        String counted = Finding.counted(accounts.size(), open.size());
        return counted.isEmpty() ? reported + "; requires " + requirement : reported + " (" + counted + "); requires " + requirement;
    }
}
