// The Python behind the Run buttons, in a worker so that the page stays
// responsive. It starts Pyodide (served by this site), writes the book's
// snippets package into Pyodide's file system, and then runs examples on
// the book's simulated clock with snippets/_browser.py.

let python = null;
let browser = null;
let expected = {};

async function start({ pyodide, bundle }) {
  importScripts(pyodide + "pyodide.js");
  python = await loadPyodide({ indexURL: pyodide });
  const response = await fetch(bundle);
  if (!response.ok) throw new Error(`${bundle}: HTTP ${response.status}`);
  const { files, expected: outputs } = await response.json();
  expected = outputs;
  for (const [path, text] of Object.entries(files)) {
    const full = "/home/pyodide/" + path;
    python.FS.mkdirTree(full.slice(0, full.lastIndexOf("/")));
    python.FS.writeFile(full, text);
  }
  python.runPython(`
import os, sys
os.chdir("/home/pyodide")
sys.path.insert(0, "/home/pyodide")
from snippets import _browser
_browser.prepare()
`);
  browser = python.pyimport("snippets._browser");
  return { python: python.runPython("import sys; sys.version.split()[0]") };
}

function run({ module, source, env }) {
  return JSON.parse(browser.run(module, source ?? undefined, python.toPy(env)));
}

function check({ module, source, env }) {
  if (!(module in expected)) throw new Error(`no recorded output for ${module}`);
  return JSON.parse(browser.check(module, source, expected[module], python.toPy(env)));
}

const handlers = { start, run, check };

self.onmessage = async ({ data }) => {
  const { id, kind, ...request } = data;
  try {
    const result = await handlers[kind](request);
    self.postMessage({ id, ok: true, result });
  } catch (error) {
    self.postMessage({ id, ok: false, error: String(error.message ?? error) });
  }
};
