"""Only the package list lives here (everything else is in pyproject.toml): setuptools cannot both find
arledger's subpackages and add the two data packages mapped from top-level folders in pyproject alone."""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["arledger", "arledger.*"]), "arledger._resources",
                "arledger._letter_templates"])
