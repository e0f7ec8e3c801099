package org.truce.report;

import org.truce.check.Report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes the reports of one run in one format. */
public interface ReportWriter {
    void write(List<Report> reports, Writer out) throws IOException;
}
