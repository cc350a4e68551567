"""Distinct, realistic articles for write tests (each long enough to pass cleaning)."""

TOWNS = ["Arden", "Bexley", "Corran", "Dunmore", "Elston", "Fairholm", "Glenrae", "Harlow", "Ivybridge", "Jarrow"]


def article(n: int) -> str:
    town = TOWNS[n % len(TOWNS)]
    return (
        f"{town} Council Approves Budget Number {n}\n\n"
        f"By Staff Reporter, County Ledger | March {1 + n % 28}, 2025\n\n"
        f"The {town} council approved a budget of {100 + n} million dollars on Tuesday, officials said.\n\n"
        f"Mayor Alex Carter{n} said the plan adds {20 + n} new teachers and repairs {n % 50 + 3} bridges. "
        f"\"We kept every promise,\" he said.\n\n"
        f"Opposition leader Dana Moss{n} warned that the spending could raise taxes by about {n % 9 + 1} percent.\n"
    )
