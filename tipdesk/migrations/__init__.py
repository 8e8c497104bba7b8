"""Alembic migrations, shipped inside the package so an installed TIPDesk can upgrade."""
