"""The extractors are many small rules written side by side: a rule defined twice under one name (a method in a
class, a function or a compiled pattern in a module) is never an error in Python, the later one silently
replaces the earlier, so the earlier rule's tests can pass for the wrong reason or its callers break."""
from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "tracker"
MODULES = sorted(PACKAGE.rglob("*.py"))


def _defined_twice(body: list[ast.stmt], where: str, module_level: bool) -> list[str]:
    names: Counter[str] = Counter()
    twice: list[str] = []
    for node in body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
            if isinstance(node, ast.ClassDef):
                twice += _defined_twice(node.body, f"{where}{node.name}.", False)
        elif module_level and isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) \
                and getattr(node.value.func, "attr", "") == "compile":
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return twice + [f"{where}{name} ({n} definitions)" for name, n in names.items() if n > 1]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(PACKAGE).as_posix())
def test_no_rule_is_defined_twice_under_one_name(path):
    twice = _defined_twice(ast.parse(path.read_text(encoding="utf-8")).body, "", True)
    assert not twice, twice


def test_a_second_definition_is_caught():
    code = "import re\nA = re.compile('a')\nA = re.compile('b')\nclass R:\n    def f(self): pass\n    def f(self): pass\n"
    assert sorted(_defined_twice(ast.parse(code).body, "", True)) == ["A (2 definitions)", "R.f (2 definitions)"]
