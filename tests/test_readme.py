"""The README's cookbook: its commands print what it shows, and its Python snippets run."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from citekg.cli import cli

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
SECTION = README.split("## Query the graph with SPARQL: the cookbook", 1)[1].split("\n## ", 1)[0]
# a question: its command, the output shown, and the Python that gives the same answer
EXAMPLE = re.compile(r"```sh\n(citekg query [^\n]+)\n```\n```\n(.*?)```\n```python\n(.*?)```", re.S)
EXAMPLES = EXAMPLE.findall(SECTION)


def test_the_cookbook_section_has_five_questions():
    assert len(EXAMPLES) == 5


@pytest.mark.parametrize("command, output, _", EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_readme_command_prints_what_the_readme_shows(bundled_build, command, output, _):
    _, out = bundled_build
    args = [*shlex.split(command)[1:], "--data", str(out / "papers.ttl")]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert result.output == output


@pytest.mark.parametrize("command, _, snippet", EXAMPLES, ids=[e[0] for e in EXAMPLES])
def test_readme_python_gives_the_same_answer(bundled_build, command, _, snippet):
    kg, _ = bundled_build
    exec(compile(snippet, f"README: {command}", "exec"), {"kg": kg})
