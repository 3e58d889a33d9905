"""What the `newsclaims` command tells its user: one-line errors and skipped steps."""

import sys

# Evaluation and benchmark data are not shipped (licences); where to get them.
POLNEAR_ORIGIN = ("The PolNeAR corpus is not shipped: get it from github.com/networkdynamics/PolNeAR "
                  "and convert a split to the gold format (README, 'Measured quality').")
BBC_ORIGIN = ("The BBC News corpus is not shipped: get it from mlg.ucd.ie/datasets/bbc.html "
              "(Greene and Cunningham, 2006) and pass its folder of .txt files.")


def skipped(reason: str) -> int:
    """Data a command needs is absent: one line on stderr and exit 0, so scripts go on."""
    print(f"newsclaims: skipped {reason}", file=sys.stderr)
    return 0


class CliError(Exception):
    """A one-line message for the user."""
