// Progressive enhancement only: every page works without this file.
(() => {
  "use strict";

  // Tick and untick in place: the same form posts with fetch, and the page's bars follow.
  document.addEventListener("submit", async (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-progress-form")) return;
    event.preventDefault();
    const button = form.querySelector("button.tick");
    const coveredInput = form.querySelector("input[name=covered]");
    const item = form.closest(".checklist-item");
    button.disabled = true;
    try {
      const response = await fetch(form.action, {
        method: "POST",
        body: new FormData(form),
        headers: { Accept: "application/json" },
        credentials: "same-origin",
      });
      if (response.redirected || !response.ok) { form.submit(); return; }
      const progress = await response.json();
      const nowCovered = coveredInput.value === "true";
      coveredInput.value = nowCovered ? "false" : "true";
      button.setAttribute("aria-pressed", nowCovered ? "true" : "false");
      button.querySelector(".visually-hidden").textContent = nowCovered ? "Covered:" : "Not yet:";
      item.dataset.state = nowCovered ? "Covered" : "NotYet";
      item.querySelector(".changed")?.remove();
      update("topic", progress.topic);
      if (progress.domain) update("domain", progress.domain);
    } catch {
      form.submit();
    } finally {
      button.disabled = false;
      button.focus();
    }
  });

  function update(kind, tally) {
    for (const bar of document.querySelectorAll(`[data-progress-kind="${kind}"]`)) {
      bar.querySelector("progress").value = tally.percent;
      bar.querySelector("progress").setAttribute("aria-label", `${bar.querySelector(".progress-label span").textContent}: ${tally.percent} % covered`);
      bar.querySelector("[data-figure=percent]").textContent = `${tally.percent} %`;
      bar.querySelector("[data-figure=count]").textContent = `${tally.covered} of ${tally.total}`;
    }
  }
})();
