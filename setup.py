"""Packages for setuptools; everything else is in pyproject.toml.

resources/ sits at the top of the repository (as DESIGN.md lays it out) and is installed
inside the package as tipdesk/resources, so an installed or frozen TIPDesk finds it.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["tipdesk", "tipdesk.*"]), "tipdesk.resources"],
    package_dir={"tipdesk.resources": "resources"},
)
