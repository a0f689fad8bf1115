// Shows the code that makes the page, read from the page itself so that what
// you read is what runs: the <script data-example> block, the import map, and
// the shared map set-up when the example uses it.
const dedent = (text) => {
  const lines = text.replace(/^\n+|\s+$/g, '').split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^ */.exec(l)[0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
};

function codeBlock(title, text, open) {
  const details = document.createElement('details');
  details.open = open;
  const summary = document.createElement('summary');
  summary.textContent = title;
  const pre = document.createElement('pre');
  const code = document.createElement('code');
  code.textContent = dedent(text);
  pre.append(code);
  pre.tabIndex = 0; // scrollable: reachable by keyboard
  details.append(summary, pre);
  return details;
}

/** The example's code: its module's text, or as HTML when it is several classic scripts. */
function exampleCode(scripts) {
  if (scripts.length === 1 && !scripts[0].src) return scripts[0].textContent;
  return scripts
    .map((s) => (s.src ? `<script src="${s.getAttribute('src')}"></script>` : `<script>\n${s.textContent.replace(/^\n+|\s+$/g, '')}\n</script>`))
    .join('\n');
}

const target = document.getElementById('source');
const scripts = [...document.querySelectorAll('script[data-example]')];
const example = scripts.find((s) => !s.src);
if (target && example) {
  target.append(codeBlock('This page’s script', exampleCode(scripts), true));
  const importMap = document.querySelector('script[type="importmap"]');
  if (importMap) target.append(codeBlock('Import map (where the modules come from)', importMap.textContent, false));
  if (/gallery-map\.js/.test(example.textContent)) {
    const block = codeBlock('assets/gallery-map.js (the shared map set-up)', '', false);
    target.append(block);
    fetch(new URL('gallery-map.js', import.meta.url))
      .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((text) => (block.querySelector('code').textContent = dedent(text)))
      .catch((e) => (block.querySelector('code').textContent = `Could not load the file: ${e.message}`));
  }
}
