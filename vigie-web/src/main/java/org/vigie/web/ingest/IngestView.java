package org.vigie.web.ingest;

import java.util.List;
import org.vigie.web.http.PageFrame;

/** The upload page, with the latest jobs. */
public record IngestView(PageFrame frame, List<JobView> jobs, String maxSize) {}
