"""An FPGA engineer's posting: the digital designer's own terms are read (AXI, UVM, clock domain
crossing, timing closure, ILA/ChipScope, JESD204B/C), "CDC" beside RTL is clock domain crossing
and not change data capture (which it stays beside Kafka), and a Quartus user earns part of
Vivado."""

from __future__ import annotations

import pytest

from builders import posting_item, requirement_line, text_report
from gapcheck import extract


def test_a_digital_designers_terms_are_read() -> None:
    item = posting_item(
        "Clock domain crossing (CDC) analysis, timing closure in Vivado, UVM testbenches,"
        " AXI4-Stream interfaces and lab bring-up with ILA/ChipScope"
    )
    found = {s.id for s in item.skills}
    assert {
        "clock-domain-crossing",
        "static-timing-analysis",
        "uvm",
        "amba-axi",
        "fpga-on-chip-debug",
    } <= found
    assert "change-data-capture" not in found


@pytest.mark.parametrize(
    ("text", "skill", "other"),
    [
        (
            "RTL design in Verilog; CDC and STA sign-off",
            "clock-domain-crossing",
            "change-data-capture",
        ),
        (
            "Built CDC pipelines from Postgres with Debezium and Kafka",
            "change-data-capture",
            "clock-domain-crossing",
        ),
    ],
)
def test_cdc_is_read_by_its_neighbours(text: str, skill: str, other: str) -> None:
    found = {s.id for s in extract(f"Experience\n- {text}\n", kind="resume").skills}
    assert skill in found and other not in found


def test_a_quartus_user_earns_part_of_vivado() -> None:
    report = text_report(
        "SKILLS\nIntel Quartus Prime, Signal Tap, Verilog\n",
        "Requirements\n- Timing closure experience in Vivado\n",
    )
    assert requirement_line(report, "xilinx-vivado").status == "partial"
