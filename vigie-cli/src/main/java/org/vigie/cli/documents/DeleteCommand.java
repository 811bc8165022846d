package org.vigie.cli.documents;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.vigie.cli.Cells;
import org.vigie.cli.Cli;
import org.vigie.cli.JsonLines;
import org.vigie.cli.VigieCommand;
import org.vigie.core.document.Document;
import org.vigie.core.search.DocumentIndex;
import org.vigie.core.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "delete",
    mixinStandardHelpOptions = true,
    description = {
      "Removes one document from the store and from the search index. Its original stays in the"
          + " archive, byte for byte: ingesting the same file again brings the document back.",
      "ID is an id as 'vigie docs' lists it, or an unambiguous prefix of it (at least 4 hex"
          + " digits). With --json: {\"deleted\":\"ID\",\"origin\":\"...\"}.",
      ""
    })
public final class DeleteCommand implements Callable<Integer> {

  @ParentCommand VigieCommand vigie;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "Document id or unambiguous prefix.")
  String id;

  @Option(names = "--json", description = "Print what was deleted as one JSON object.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Document d;
    try (Store store = vigie.openStore();
        DocumentIndex search = vigie.openSearch(store, spec.commandLine().getErr())) {
      d = store.documents().resolve(id);
      store.documents().delete(d.id());
      search.delete(d.id());
    }
    if (json) {
      ObjectNode o = JsonLines.object();
      o.put("deleted", d.id());
      o.put("origin", d.origin());
      JsonLines.println(out, o);
    } else {
      out.println(
          "Deleted "
              + d.id()
              + " ("
              + Cells.oneLine(d.title() != null ? d.title() : d.origin())
              + "); its original stays in the archive.");
    }
    out.flush();
    return Cli.OK;
  }
}
