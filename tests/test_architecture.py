"""The layers stay true: import-linter contracts from pyproject.toml."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_linter_contracts_hold() -> None:
    exe = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run([str(exe)], cwd=ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "broken" not in done.stdout.lower() or "0 broken" in done.stdout.lower()


def test_readme_test_command_is_what_ci_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    cmd = [line for line in ci.splitlines() if line.startswith("bash .ci/setup")][0]
    assert f"```\n{cmd}\n```" in readme


def _tool(name: str, *args: str) -> subprocess.CompletedProcess[str]:
    exe = Path(sys.executable).with_name(name)
    return subprocess.run([str(exe), *args], cwd=ROOT, capture_output=True, text=True, check=False, timeout=600)


def test_ruff_lint_and_format_are_clean() -> None:
    lint = _tool("ruff", "check", "posassist", "tests", "migrations")
    assert lint.returncode == 0, lint.stdout + lint.stderr
    fmt = _tool("ruff", "format", "--check", "posassist", "tests", "migrations")
    assert fmt.returncode == 0, fmt.stdout + fmt.stderr


def test_mypy_is_clean() -> None:
    done = _tool("mypy", "--cache-dir", "/dev/null")  # files and settings from pyproject.toml
    assert done.returncode == 0, done.stdout[-5000:] + done.stderr


def test_type_ignores_are_few_and_specific() -> None:
    """No blanket ignores: each names its error code; the package keeps only the few it needs."""
    found = []
    for path in (ROOT / "posassist").rglob("*.py"):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if "# type: ignore" in line:
                assert "# type: ignore[" in line, f"{path}:{n}: a blanket type: ignore"
                found.append(f"{path.relative_to(ROOT)}:{n}")
    assert len(found) <= 15, "\n".join(found)
