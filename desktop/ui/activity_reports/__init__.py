"""Monthly activity reports (CRA) of a contract: the month calendar, its extras, and the
contract tab listing the months."""
