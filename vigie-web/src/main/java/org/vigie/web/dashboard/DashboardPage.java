package org.vigie.web.dashboard;

import io.javalin.http.Context;
import org.vigie.core.store.Store;
import org.vigie.web.http.PageFrame;
import org.vigie.web.http.Pages;

/** GET / */
public final class DashboardPage {

  private final Store store;
  private final Pages pages;

  public DashboardPage(Store store, Pages pages) {
    this.store = store;
    this.pages = pages;
  }

  public void show(Context ctx) {
    pages.send(
        ctx, "dashboard.jte", DashboardView.of(PageFrame.of(ctx, "Dashboard", "dashboard"), store));
  }
}
