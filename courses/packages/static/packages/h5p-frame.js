/* The H5P player page of a package (courses/packages): h5p-standalone plays the exported
   activity from its own folder; its xAPI statements go to the lesson page (the parent),
   which keeps her result. */
(() => {
  "use strict";
  const container = document.getElementById("h5p-container");
  const root = container.dataset.h5pRoot.replace(/\/$/, "");  // no "//h5p.json"
  const forward = (event) => {
    const statement = event && event.data && event.data.statement;
    if (!statement || window.parent === window) { return; }
    window.parent.postMessage({ type: "club-h5p-xapi", statement }, window.location.origin);
  };
  new window.H5PStandalone.H5P(container, {
    h5pJsonPath: root,
    frameJs: container.dataset.frameJs,
    frameCss: container.dataset.frameCss,
    frame: false,
    copyright: false,
    export: false,
    embed: false,
    icon: false,
  }).then(() => {
    if (window.H5P && window.H5P.externalDispatcher) {
      window.H5P.externalDispatcher.on("xAPI", forward);
    }
  });
})();
