"""Find the examples, read their settings, and run one on either clock.

Shared by ``python -m snippets`` and by the test suite, so that a reader
fast-forwarding an example sees exactly what the tests record.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
import tempfile
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
ROOT = PACKAGE_DIR.parent
SETTINGS_FILE = PACKAGE_DIR / "settings.toml"
CLOCKS = ("simulated", "real")
SUPPORTED = [(3, 11), (3, 12), (3, 13)]

#: Variables that would change what an example prints; settings may set them.
#: (CI and BUILD_NUMBER make pytest print longer reports, as in a CI log.)
UNSET = (
    "PYTHONASYNCIODEBUG",
    "PYTHONDEVMODE",
    "PYTHONWARNINGS",
    "PYTHONPATH",
    "CI",
    "BUILD_NUMBER",
    "FORCE_COLOR",
    "NO_COLOR",
    "PY_COLORS",
    "COLUMNS",
    "LINES",
)
UNSET_PREFIXES = ("PYTEST_",)

_BOOT = """\
# Written by snippets/_runner.py: installs the book's clock before the
# example starts, when the runner asks for it.
import os

_clock = os.environ.pop("SNIPPETS_CLOCK", None)
if _clock:
    os.environ.pop("PYTHONPATH", None)  # children start on the real clock
    import snippets._clock

    snippets._clock.install(_clock)
    _report = os.environ.pop("SNIPPETS_CLOCK_REPORT", None)
    if _report:
        import atexit

        def _write_report(path=_report):
            with open(path, "w") as file:
                file.write(repr(snippets._clock.now()))

        atexit.register(_write_report)
    _timeline = os.environ.pop("SNIPPETS_TIMELINE", None)
    if _timeline:
        import snippets._timeline

        snippets._timeline.install(_timeline)
"""


@dataclass(frozen=True)
class Settings:
    clock: str = "simulated"
    timeout: float = 5.0
    min_python: tuple[int, int] = (3, 11)
    env: dict[str, str] = field(default_factory=dict)
    timeline: bool = False
    #: Why a browser's Python prints something else, where it must.
    browser_differs: str = ""


def _all_settings(root: Path = ROOT) -> dict[str, dict]:
    path = root / "snippets" / SETTINGS_FILE.name
    if not path.exists():
        return {}
    with path.open("rb") as file:
        return tomllib.load(file)


def settings_for(module: str, root: Path = ROOT) -> Settings:
    """The settings of ``module`` (``chapter.name``), defaults applied."""
    table = _all_settings(root)
    merged = {**table.get("defaults", {}), **table.get(module, {})}
    clock = merged.get("clock", "simulated")
    if clock not in CLOCKS:
        raise ValueError(
            f"{SETTINGS_FILE.name}: [{module}] clock = {clock!r}; "
            f"use one of {', '.join(CLOCKS)}"
        )
    major, minor = str(merged.get("min_python", "3.11")).split(".")
    return Settings(
        clock=clock,
        timeout=float(merged.get("timeout", 5)),
        min_python=(int(major), int(minor)),
        env={k: str(v) for k, v in merged.get("env", {}).items()},
        timeline=bool(merged.get("timeline", False)),
        browser_differs=str(merged.get("browser_differs", "")),
    )


def unknown_settings(root: Path = ROOT) -> list[str]:
    """Sections of settings.toml that name no snippet."""
    known = {module_of(path, root) for path in discover(root)}
    table = _all_settings(root)
    return sorted(k for k in table if k != "defaults" and k not in known)


def discover(root: Path = ROOT) -> list[Path]:
    """Every example ``snippets/<chapter>/<name>.py``; not support modules."""
    return sorted(
        path
        for path in (root / "snippets").glob("*/*.py")
        if not path.name.startswith("_")
        and not path.parent.name.startswith("_")
    )


def module_of(path: Path, root: Path = ROOT) -> str:
    """``snippets/tasks/two_sleeps.py`` -> ``tasks.two_sleeps``."""
    relative = path.resolve().relative_to(root / "snippets").with_suffix("")
    return ".".join(relative.parts)


def resolve(name: str) -> str:
    """Accept ``tasks.x``, ``snippets.tasks.x`` or ``snippets/tasks/x.py``."""
    if name.endswith(".py"):
        return module_of(Path(name))
    name = name.removeprefix("snippets.")
    if not (PACKAGE_DIR / (name.replace(".", "/") + ".py")).is_file():
        raise LookupError(f"no example snippets.{name}")
    return name


def boot_dir() -> Path:
    """A directory holding the ``sitecustomize`` that installs the clock."""
    digest = hashlib.sha256(_BOOT.encode()).hexdigest()[:12]
    directory = Path(tempfile.gettempdir()) / f"asyncio-by-example-{digest}"
    boot = directory / "sitecustomize.py"
    if not boot.exists():
        directory.mkdir(exist_ok=True)
        partial = boot.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(_BOOT)
        partial.replace(boot)
    return directory


def environment(
    clock: str,
    settings: Settings,
    report: Path | None = None,
    timeline: Path | None = None,
) -> dict[str, str]:
    """The environment an example runs in, on ``clock``."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in UNSET and not k.startswith(UNSET_PREFIXES)
    }
    env.update(
        PYTHONPATH=os.pathsep.join([str(boot_dir()), str(ROOT)]),
        PYTHONUNBUFFERED="1",
        PYTHONIOENCODING="utf-8",
        TZ="UTC",
        SNIPPETS_CLOCK=clock,
    )
    if report is not None:
        env["SNIPPETS_CLOCK_REPORT"] = str(report)
    if timeline is not None:
        env["SNIPPETS_TIMELINE"] = str(timeline)
    env.update(settings.env)
    return env


def command(module: str) -> list[str]:
    """What a reader types, with this interpreter."""
    return [sys.executable, "-m", f"snippets.{module}"]


def version_tag(version: tuple[int, int]) -> str:
    return f"py{version[0]}{version[1]}"


def expected_output(snippet: Path, version: tuple[int, int]) -> Path:
    """The recorded output that applies on ``version``.

    ``x.py313.out`` applies from 3.13 on; ``x.out`` below any such file.
    """
    for candidate in sorted(SUPPORTED, reverse=True):
        if candidate <= version:
            path = snippet.with_suffix(f".{version_tag(candidate)}.out")
            if path.exists():
                return path
    return snippet.with_suffix(".out")


def normalise(
    text: str,
    root: Path,
    stdlib: str,
    purelib: str,
    version: tuple[int, int],
) -> str:
    """Blank out what differs between machines: paths, addresses, ports."""
    name = f"python{version[0]}.{version[1]}"
    replacements = [
        (re.compile(re.escape(purelib)), f".../{name}/site-packages"),
        (re.compile(re.escape(stdlib)), f".../lib/{name}"),
        (re.compile(re.escape(str(root)) + "/"), ""),
        (re.compile(r"\b0x[0-9a-fA-F]{4,}\b"), "0x..."),
        (
            re.compile(r"(127\.0\.0\.1|localhost|::1)(', |:)\d+"),
            r"\1\2<port>",
        ),
        (re.compile(r"\b(pid[ =:]|(?i:process) )\d+"), r"\1<pid>"),
    ]
    for pattern, replacement in replacements:
        text = pattern.sub(replacement, text)
    return text
