"""The controlled role vocabulary (``kg/data/roles.csv``), the source of ``ontology/vocab/roles.ttl``."""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources

from kg.models import Role


@cache
def roles() -> dict[str, Role]:
    """Every role by code, in file order."""
    with resources.files("kg.data").joinpath("roles.csv").open(encoding="utf-8") as fh:
        return {row["code"]: Role.model_validate(row) for row in csv.DictReader(fh)}


def role(code: str) -> Role:
    """The role with this code; KeyError names the unknown code."""
    try:
        return roles()[code]
    except KeyError:
        raise KeyError(f"unknown role code {code!r}; roles are listed in kg/data/roles.csv") from None
