// Progressive enhancement only: every page works without this file.
(() => {
  "use strict";

  // The review page: keys 1–4 grade the first item (Forgot, Hard, Good, Easy), unless the reader is typing.
  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.target.closest?.("input, textarea, select")) return;
    const button = document.querySelector(`[data-review-item] [data-grade-key="${event.key}"]`);
    if (button) { event.preventDefault(); button.click(); }
  });

  // The reader's time zone, so "due today" means their day, not UTC's.
  if (!document.cookie.split("; ").some((c) => c.startsWith("mlsprep-tz="))) {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone) document.cookie = `mlsprep-tz=${encodeURIComponent(zone)}; path=/; max-age=31536000; samesite=lax`;
  }

  // On a phone the table of contents starts folded, so the note comes first; it opens with a tap.
  if (window.matchMedia("(max-width: 52rem)").matches) {
    for (const fold of document.querySelectorAll("details[data-fold-on-phone]")) fold.open = false;
  }

  // Mock exams: every change is saved at once, the clock counts down to the deadline kept on the server,
  // and at zero the sitting is submitted. Without this script, each button still saves before it moves.
  const mockForm = document.querySelector("form[data-mock-form]");
  if (mockForm) {
    const saved = mockForm.querySelector("[data-saved]");
    // One save at a time, each sending the form as it is when it runs: a slow early save never overwrites a later answer.
    let saving = Promise.resolve();
    const save = async () => {
      const url = new URL(mockForm.action || location.href, location.href);
      url.searchParams.set("handler", "Autosave");
      if (saved) saved.textContent = "Saving…";
      try {
        const response = await fetch(url, { method: "POST", body: new FormData(mockForm), credentials: "same-origin" });
        if (saved) saved.textContent = response.ok ? "Saved" : "Not saved: the time is up";
        if (response.status === 409) location.reload();
      } catch {
        if (saved) saved.textContent = "Not saved yet: it will be when you move on";
      }
    };
    mockForm.addEventListener("change", () => { saving = saving.then(save); });
    const submit = mockForm.querySelector("button[name=submit]");
    submit?.addEventListener("click", (event) => {
      const unanswered = mockForm.querySelectorAll(".map-cell.unanswered").length;
      if (!confirm(`Submit the mock exam now?${unanswered > 0 ? ` ${unanswered} question(s) are unanswered.` : ""}`)) event.preventDefault();
    });
    const clock = document.querySelector("[data-deadline]");
    const display = clock?.querySelector("[data-clock]");
    if (clock && display) {
      const deadline = Number(clock.dataset.deadline);
      const tick = () => {
        const left = Math.max(0, Math.floor((deadline - Date.now()) / 1000));
        const pad = (n) => String(n).padStart(2, "0");
        display.textContent = `${Math.floor(left / 3600)}:${pad(Math.floor(left / 60) % 60)}:${pad(left % 60)}`;
        clock.classList.toggle("low", left < 300);
        if (left === 0) {
          clearInterval(timer);
          const field = document.createElement("input");
          field.type = "hidden"; field.name = "submit"; field.value = "true";
          mockForm.append(field);
          mockForm.submit();
        }
      };
      const timer = setInterval(tick, 1000);
      tick();
    }
  }

  // The cheat sheet's print button (inline handlers are not allowed by the content security policy).
  document.querySelector("[data-print]")?.addEventListener("click", () => window.print());

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

  // Search: "/" focuses the box; results appear as you type; Enter opens the full results page.
  const box = document.getElementById("site-search");
  const list = document.getElementById("search-suggestions");
  if (box && list) {
    let timer = 0;
    let latest = 0;

    document.addEventListener("keydown", (event) => {
      const typing = event.target instanceof HTMLElement && event.target.closest("input, textarea, select, [contenteditable]");
      if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        box.focus();
        box.select();
      }
    });

    box.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(suggest, 150);
    });

    box.addEventListener("keydown", (event) => {
      const options = [...list.querySelectorAll("a")];
      if (event.key === "ArrowDown" && options.length) { event.preventDefault(); options[0].focus(); }
      if (event.key === "Escape") close();
    });

    list.addEventListener("keydown", (event) => {
      const options = [...list.querySelectorAll("a")];
      const index = options.indexOf(document.activeElement);
      if (event.key === "ArrowDown") { event.preventDefault(); options[Math.min(index + 1, options.length - 1)]?.focus(); }
      if (event.key === "ArrowUp") { event.preventDefault(); index <= 0 ? box.focus() : options[index - 1].focus(); }
      if (event.key === "Escape") { close(); box.focus(); }
    });

    document.addEventListener("click", (event) => {
      if (!event.target.closest("[data-search]")) close();
    });

    async function suggest() {
      const query = box.value.trim();
      const ticket = ++latest;
      if (!query) { close(); return; }
      try {
        const response = await fetch(`/api/search?q=${encodeURIComponent(query)}&limit=8`, { headers: { Accept: "application/json" } });
        if (!response.ok || ticket !== latest) return;
        render(await response.json(), query);
      } catch { /* the form still works */ }
    }

    function render(hits, query) {
      list.replaceChildren();
      if (hits.length === 0) {
        const empty = document.createElement("p");
        empty.className = "suggestion-empty";
        empty.textContent = `No results for “${query}”`;
        list.append(empty);
      }
      for (const hit of hits) {
        const link = document.createElement("a");
        link.href = hit.url;
        link.setAttribute("role", "option");
        link.className = "suggestion";
        const title = document.createElement("strong");
        title.textContent = hit.section ? `${hit.title} › ${hit.section}` : hit.title;
        const domain = document.createElement("span");
        domain.className = "suggestion-domain";
        domain.textContent = hit.exams.length > 0 ? `${hit.domain} · ${hit.exams.join(" · ")}` : hit.domain;
        const snippet = document.createElement("span");
        snippet.className = "suggestion-snippet";
        snippet.innerHTML = hit.snippet; // encoded on the server; only <mark> is markup
        link.append(title, domain, snippet);
        list.append(link);
      }
      list.hidden = false;
      box.setAttribute("aria-expanded", "true");
    }

    function close() {
      list.hidden = true;
      box.setAttribute("aria-expanded", "false");
    }
  }
})();
