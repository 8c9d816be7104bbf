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
