package org.vigie.web.ingest;

import java.util.List;
import org.vigie.web.http.Frame;

/** The upload page, with the latest jobs. */
public record IngestView(Frame frame, List<JobView> jobs, String maxSize) {}
