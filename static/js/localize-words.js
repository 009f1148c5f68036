// wagtail-localize 1.14's translation editor writes two phrases in English whatever the
// admin's language (an upstream gap); once its bundle has drawn them, they are replaced by
// the admin's words, which the template gives this script (home/templates/wagtail_localize/).
(() => {
  const words = document.currentScript.dataset;
  const title = /^(.+) to (.+) translation$/;
  const translate = (editor) => {
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue.trim();
      const match = text.match(title);
      if (text === "More actions") {
        node.nodeValue = words.moreActions;
      } else if (match) {
        node.nodeValue = words.title
          .replace("{source}", match[1])
          .replace("{target}", match[2]);
      }
    }
  };
  // The editor is drawn when the document has loaded (this script runs in its head).
  document.addEventListener("DOMContentLoaded", () => {
    const editor = document.querySelector(".js-translation-editor");
    if (!editor) return;
    translate(editor);
    new MutationObserver(() => translate(editor)).observe(editor, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  });
})();
