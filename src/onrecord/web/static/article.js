// Clicking a highlight shows its attribution (speaker, link, quote) in a floating panel.
(function () {
  const text = document.getElementById("article-text");
  const panel = document.getElementById("attribution-panel");
  if (!text || !panel) return;
  const body = panel.querySelector(".panel-body");

  function select(index) {
    document.querySelectorAll(".selected").forEach((el) => el.classList.remove("selected"));
    text.querySelectorAll("mark.hl").forEach((mark) => {
      if (mark.dataset.attributions.split(" ").includes(index)) mark.classList.add("selected");
    });
    const card = document.getElementById("attribution-" + index);
    if (!card) return;
    card.classList.add("selected");
    const copy = card.cloneNode(true);
    copy.removeAttribute("id");
    copy.classList.remove("selected");
    body.replaceChildren(copy);
    panel.hidden = false;
  }

  text.addEventListener("click", (event) => {
    const mark = event.target.closest("mark.hl");
    if (mark) select(mark.dataset.attributions.split(" ")[0]);
  });
  panel.querySelector(".panel-close").addEventListener("click", () => {
    panel.hidden = true;
    document.querySelectorAll(".selected").forEach((el) => el.classList.remove("selected"));
  });
  document.querySelectorAll(".cards .card").forEach((card) => {
    card.addEventListener("mouseenter", () => {
      text.querySelectorAll("mark.hl").forEach((mark) => {
        mark.classList.toggle("selected", mark.dataset.attributions.split(" ").includes(card.dataset.attribution));
      });
    });
  });
})();
