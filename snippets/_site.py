"""The ``run-it-here`` MkDocs plugin: Run buttons under the book's examples.

At build time it fetches Pyodide (a WebAssembly Python) with ``npm pack``,
verifies it, and serves it from the site itself, with the ``snippets``
package as one JSON file.  Under every example a page shows, it adds a bar:
a Run button for an example a browser's Python can run, or the command to
run it locally for one that needs threads, processes or the network.
``docs/javascripts/run.js`` brings the bars to life.
"""

from __future__ import annotations

import ast
import html
import json
import re
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files

from snippets import _runner

log = get_plugin_logger(__name__)

#: The Python version of the Pyodide the book serves (for recorded outputs).
PYODIDE_PYTHON = (3, 13)

#: What the site needs from the Pyodide package.
PYODIDE_FILES = (
    "pyodide.js",
    "pyodide.asm.js",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)

#: Why a browser's Python cannot run an example, by what the example uses.
MODULE_NEEDS = {
    "threading": "threads",
    "concurrent": "threads or processes",
    "multiprocessing": "other processes",
    "subprocess": "other processes",
    "socket": "network connections",
    "ssl": "network connections",
    "signal": "operating-system signals",
    "aiohttp": "aiohttp and network connections",
    "pytest": "pytest",
    "pytest_asyncio": "pytest",
}
CALL_NEEDS = {
    "to_thread": "threads",
    "run_in_executor": "threads",
    "run_coroutine_threadsafe": "threads",
    "call_soon_threadsafe": "threads",
    "create_subprocess_exec": "other processes",
    "create_subprocess_shell": "other processes",
    "open_connection": "network connections",
    "start_server": "network connections",
    "create_connection": "network connections",
    "create_server": "network connections",
    "open_unix_connection": "network connections",
    "start_unix_server": "network connections",
    "sock_connect": "network connections",
    "sock_accept": "network connections",
    "sock_recv": "network connections",
    "getaddrinfo": "network connections",
    "add_signal_handler": "operating-system signals",
    "executable": "other processes",  # sys.executable: a child interpreter
}

BLOCK = re.compile(
    r'<div class="highlight"><span class="filename">'
    r"(?P<path>snippets/[\w/]+\.py)(?P<part> \([^<]*\))?</span>"
    r"<pre>.*?</code></pre></div>",
    re.S,
)


def browser_needs(path: Path, root: Path = _runner.ROOT) -> str | None:
    """What keeps a browser's Python from running this example, if anything."""
    module = _runner.module_of(path, root)
    settings = _runner.settings_for(module, root)
    if settings.clock == "real":
        return "real time, since it measures real work"
    if settings.min_python > PYODIDE_PYTHON:
        return f"Python {'.'.join(map(str, settings.min_python))}"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names = [node.module or ""]
        for name in names:
            top = name.split(".")[0]
            if top in MODULE_NEEDS:
                return MODULE_NEEDS[top]
            if top == "snippets" and name.count(".") >= 2:
                imported = root / Path(*name.split(".")).with_suffix(".py")
                if imported.is_file() and imported != path:
                    needs = browser_needs(imported, root)
                    if needs:
                        return needs
        if isinstance(node, ast.Attribute) and node.attr in CALL_NEEDS:
            return CALL_NEEDS[node.attr]
        if isinstance(node, ast.Name) and node.id in CALL_NEEDS:
            return CALL_NEEDS[node.id]
    return None


def checkable(path: Path, root: Path = _runner.ROOT) -> bool:
    """Whether an exercise gets a Check button: one a browser can run that
    asks for a program (not a prediction, which its Run button checks)."""
    return (
        path.stem.startswith("exercise_")
        and "_predict_" not in path.stem
        and not browser_needs(path, root)
    )


def fetch_pyodide(version: str, integrity: str, cache: Path) -> Path | None:
    """Pyodide's files in ``cache``, fetched with npm on first use."""
    target = cache / version
    if all((target / name).is_file() for name in PYODIDE_FILES):
        return target
    npm = shutil.which("npm")
    if npm is None:
        log.info(
            "npm not found: the Run buttons will explain how to enable them "
            "(install Node.js, which brings npm, and build again)"
        )
        return None
    log.info("fetching Pyodide %s with npm (once; kept in %s)", version, cache)
    with tempfile.TemporaryDirectory() as scratch:
        result = subprocess.run(
            [npm, "pack", f"pyodide@{version}", "--json", "--silent"],
            cwd=scratch,
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
        if result.returncode != 0:
            log.warning(
                "npm could not fetch Pyodide %s, so the Run buttons will not "
                "work in this build:\n%s",
                version,
                result.stderr.strip()[-2000:],
            )
            return None
        packed = json.loads(result.stdout)[0]
        if packed["integrity"] != integrity:
            raise PluginError(
                f"pyodide@{version} from npm has integrity "
                f"{packed['integrity']}, not the {integrity} that mkdocs.yml "
                "pins: refusing to serve it"
            )
        unpacked = Path(scratch) / "unpacked"
        with tarfile.open(Path(scratch) / packed["filename"]) as archive:
            for name in PYODIDE_FILES:
                member = archive.getmember(f"package/{name}")
                archive.extract(member, unpacked, filter="data")
        target.parent.mkdir(parents=True, exist_ok=True)
        staged = Path(
            tempfile.mkdtemp(prefix=f"{version}.", dir=target.parent)
        )
        shutil.move(unpacked / "package", staged / "package")
        try:
            (staged / "package").rename(target)
        except OSError:
            pass  # a build running beside this one got there first
        shutil.rmtree(staged, ignore_errors=True)
    return target


def bundle(root: Path = _runner.ROOT) -> str:
    """The snippets package, as the browser's Python needs it, in one JSON.

    ``files`` holds every module; ``expected`` the recorded output (for the
    browser's Python version) of every exercise solution a browser can run,
    for the Check buttons.
    """
    package = root / "snippets"
    files = {
        str(path.relative_to(root)): path.read_text(encoding="utf-8")
        for path in sorted(package.rglob("*.py"))
        if "__pycache__" not in path.parts
    }
    expected = {
        _runner.module_of(path, root): _runner.expected_output(
            path, PYODIDE_PYTHON
        ).read_text(encoding="utf-8")
        for path in _runner.discover(root)
        if checkable(path, root)
    }
    return json.dumps({"files": files, "expected": expected}, sort_keys=True)


def _shows_whole(path: Path, shown: str) -> bool:
    return shown.strip() == path.read_text(encoding="utf-8").strip()


def run_bar(path: str, partial: bool, pyodide: bool, root: Path) -> str:
    """The bar under one example, as HTML."""
    source = root / path
    module = _runner.module_of(source, root)
    command = f"python -m snippets.{module}"
    needs = browser_needs(source, root)
    if needs:
        return (
            f'<p class="run-local">Run it on your machine: '
            f"<code>{command}</code> "
            f"(it needs {html.escape(needs)}, which a browser's Python "
            "lacks)</p>"
        )
    attributes = {
        "data-module": module,
        "data-command": command,
        "data-env": json.dumps(_runner.settings_for(module, root).env),
    }
    if not pyodide:
        attributes["data-disabled"] = ""
    if partial:
        attributes["data-partial"] = ""  # a section: Run runs the whole file
    if checkable(source, root):
        attributes["data-exercise"] = ""
    rendered = " ".join(
        f'{name}="{html.escape(value)}"' for name, value in attributes.items()
    )
    return f'<div class="run-it" {rendered}></div>'


def _code_text(block: str) -> str:
    code = block[block.index("<code>") + 6 : block.rindex("</code>")]
    return html.unescape(re.sub(r"<[^>]+>", "", code))


class RunItHereConfig(Config):
    pyodide_version = config_options.Type(str)
    pyodide_integrity = config_options.Type(str)
    cache = config_options.Type(str, default=".cache/pyodide")


class RunItHere(BasePlugin[RunItHereConfig]):
    def on_config(self, config):
        root = Path(config.config_file_path).resolve().parent
        self.root = root
        self.pyodide = fetch_pyodide(
            self.config.pyodide_version,
            self.config.pyodide_integrity,
            root / self.config.cache,
        )
        return config

    def on_files(self, files: Files, config) -> Files:
        files.append(
            File.generated(
                config, "assets/run/bundle.json", content=bundle(self.root)
            )
        )
        if self.pyodide is not None:
            for name in PYODIDE_FILES:
                files.append(
                    File.generated(
                        config,
                        f"assets/pyodide/{name}",
                        abs_src_path=str(self.pyodide / name),
                    )
                )
        return files

    def on_page_content(self, html_text: str, page, config, files) -> str:
        blocks = list(BLOCK.finditer(html_text))
        pieces, done = [], 0
        for number, block in enumerate(blocks):
            path = block["path"]
            pieces.append(html_text[done : block.end()])
            done = block.end()
            shown = _code_text(block.group(0))
            partial = block["part"] or not _shows_whole(
                self.root / path, shown
            )
            if Path(path).name.startswith("_"):
                continue  # a support module, such as a child process's script
            if partial and any(
                b["path"] == path for b in blocks[number + 1 :]
            ):
                continue  # one bar, under the last part shown
            bar = run_bar(path, partial, self.pyodide is not None, self.root)
            pieces.append("\n" + bar)
        pieces.append(html_text[done:])
        return "".join(pieces)
