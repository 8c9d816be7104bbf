from desktop.app import main
from desktop.store.models import database


def test_demo_then_check_from_the_command_line(tmp_path, capsys):
    assert (
        main(
            [
                "--data-dir",
                str(tmp_path),
                "demo",
                "--talents",
                "25",
                "--companies",
                "10",
                "--missions",
                "5",
                "--invoices",
                "20",
            ]
        )
        == 0
    )
    assert "25 talents" in capsys.readouterr().out
    assert main(["--data-dir", str(tmp_path), "check"]) == 0
    assert "database OK" in capsys.readouterr().out
    database.close()
    database.initialize(None)


def test_negative_counts_are_refused(tmp_path, capsys):
    assert main(["--data-dir", str(tmp_path), "demo", "--talents", "-3"]) == 2
    assert "--talents must not be negative" in capsys.readouterr().err
    database.close()
    database.initialize(None)


def test_only_a_command_line_naming_a_subcommand_or_help_builds_their_parsers():
    """The window's start-up skips the subcommands' parsers; a subcommand, --help or an
    unknown option still gets them (and their usage), whatever the options around it."""
    from desktop.app import opens_the_window

    assert opens_the_window([])
    assert opens_the_window(["--data-dir", "/tmp/x", "--lang", "fr", "--debug"])
    assert opens_the_window(["--data-dir=/tmp/x", "--lang=en"])
    assert opens_the_window(["--data-dir", "demo"])  # a folder named like a subcommand
    assert not opens_the_window(["--data-dir", "/tmp/x", "demo"])
    assert not opens_the_window(["check"])
    assert not opens_the_window(["--help"])
    assert not opens_the_window(["--version"])
    assert not opens_the_window(["--data"])  # an abbreviation: argparse resolves it
    assert not opens_the_window(["--data-dir"])  # no value: the full parser says so


def test_help_still_lists_the_subcommands(capsys):
    import pytest

    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "demo" in out and "selftest" in out
