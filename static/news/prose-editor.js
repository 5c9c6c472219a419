// Starts the rich-text editor of the news admin (django-prose-editor).
//
// The package's own start-up module finds editor.js through an inline
// <script type="importmap">, which the site's Content-Security-Policy
// (script-src 'self', no inline script) blocks. This module imports editor.js
// by its path instead, so the editor needs no inline script at all.
import * as editor from "../django_prose_editor/editor.js";

const ATTRIBUTE = "data-django-prose-editor-configurable";

function createEditor(textarea) {
  if (textarea.closest(".prose-editor")) {
    return null;
  }
  const config = JSON.parse(textarea.getAttribute(ATTRIBUTE) || "{}");
  const extensions = [];
  for (const [name, options] of Object.entries(config.extensions || {})) {
    const extension = editor[name];
    if (extension) {
      extensions.push(typeof options === "object" ? extension.configure(options) : extension);
    }
  }
  const instance = editor.createTextareaEditor(textarea, extensions);
  textarea.dispatchEvent(
    new CustomEvent("prose-editor:ready", { detail: { editor: instance, textarea }, bubbles: true }),
  );
  return instance;
}

editor.initializeEditors(createEditor, `[${ATTRIBUTE}]`);
