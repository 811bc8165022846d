// Vigie's only script. No inline scripts anywhere: the Content-Security-Policy forbids them.
"use strict";

(function () {
  // Every htmx request carries the session's CSRF token in a header.
  document.addEventListener("htmx:configRequest", function (e) {
    var meta = document.querySelector('meta[name="csrf-token"]');
    if (meta) {
      e.detail.headers["X-CSRF-Token"] = meta.getAttribute("content");
    }
  });

  // A refused htmx request (403, 400, ...) says why in a toast; its text is set as text, never HTML.
  document.addEventListener("htmx:responseError", function (e) {
    showToast(e.detail.xhr.responseText || ("The server answered " + e.detail.xhr.status));
  });
  document.addEventListener("htmx:sendError", function () {
    showToast("The server could not be reached.");
  });

  function showToast(text) {
    var toast = document.getElementById("toast");
    if (!toast) {
      return;
    }
    toast.textContent = text.length > 300 ? text.substring(0, 300) + "…" : text;
    toast.hidden = false;
    clearTimeout(showToast.timer);
    showToast.timer = setTimeout(function () { toast.hidden = true; }, 6000);
  }

  // ACH: a cell's colour follows its select at once; the server answers with the new scores.
  document.addEventListener("change", function (e) {
    var select = e.target;
    if (select.matches && select.matches("td.cell select")) {
      select.parentElement.className = "cell r-" + select.value;
    }
  });

  // Charts: an element with data-chart holds an ECharts option as JSON. ECharts (1 MB) is loaded
  // only on pages that have a chart.
  var echartsLoading = null;

  function loadEcharts() {
    if (window.echarts) {
      return Promise.resolve();
    }
    if (!echartsLoading) {
      echartsLoading = new Promise(function (resolve, reject) {
        var s = document.createElement("script");
        s.src = "/webjars/echarts/5.3.1/dist/echarts.min.js";
        s.onload = resolve;
        s.onerror = reject;
        document.head.appendChild(s);
      });
    }
    return echartsLoading;
  }

  function drawCharts() {
    var pending = document.querySelectorAll("[data-chart]:not([data-chart-drawn])");
    if (pending.length === 0) {
      return;
    }
    loadEcharts().then(function () {
      pending.forEach(function (el) {
        if (!el.isConnected) {
          return;
        }
        el.setAttribute("data-chart-drawn", "");
        var option = JSON.parse(el.getAttribute("data-chart"));
        option.color = option.color || ["#2f5d8a"];
        option.textStyle = { fontFamily: "inherit" };
        var chart = echarts.init(el);
        chart.setOption(option);
        new ResizeObserver(function () { chart.resize(); }).observe(el);
      });
    });
  }

  document.addEventListener("DOMContentLoaded", drawCharts);
  document.addEventListener("htmx:afterSettle", drawCharts);
  document.addEventListener("htmx:oobAfterSwap", drawCharts);

  // Reader: hovering or focusing one segment of a highlighted span lights up all its segments.
  document.addEventListener("mouseover", function (e) {
    var mark = e.target.closest && e.target.closest("mark.hl");
    document.querySelectorAll("mark.hl.lit").forEach(function (m) { m.classList.remove("lit"); });
    if (!mark) {
      return;
    }
    mark.getAttribute("data-spans").split(" ").forEach(function (id) {
      document.querySelectorAll("mark.hl").forEach(function (m) {
        if (m.getAttribute("data-spans").split(" ").indexOf(id) >= 0) {
          m.classList.add("lit");
        }
      });
    });
  });

  // Reader: a link /documents/ID#claim-CLAIM focuses that claim's first mark.
  document.addEventListener("DOMContentLoaded", function () {
    var m = /^#claim-([0-9a-f]+)$/.exec(location.hash);
    var mark = m && document.querySelector('mark.hl[data-claim="' + m[1] + '"]');
    if (mark) {
      mark.scrollIntoView({ block: "center" });
      mark.focus({ preventScroll: true });
    }
  });
})();
