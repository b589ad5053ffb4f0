"""A Go engineer against a backend posting in the second person ("You have"): examples in
parentheses after a category stand in for it even when the first is not one of its kind
("message queues (Kafka, NATS, RabbitMQ)": one requirement, which RabbitMQ meets); NATS is a
message broker ("NATS" alone needs messaging words near it); Kafka is used as a message queue,
so it implies one."""

from __future__ import annotations

import pytest

from builders import assert_matched, posting_item, requirement_line, text_report
from gapcheck import compare, extract

POSTING = """\
Backend Engineer (Go)
Parcelly | Remote, EU

You have
- 3+ years writing Go or another compiled language (Java, Rust)
- Comfortable with PostgreSQL; Redis is a plus
- Worked with message queues (Kafka, NATS, RabbitMQ)
"""

RESUME = """\
Tomasz Nowak
tomasz.nowak@example.com | +48 600 100 200

Experience
Software Engineer, Allegro | 2020 - present
- Rewrote the checkout pricing service from Java to Go; p99 latency fell from 240 ms to 60 ms
- Ran PostgreSQL migrations with zero downtime; introduced Redis caching for hot carts

Junior Java Developer, Comarch | 2017 - 2020
- Built Spring Boot services consuming RabbitMQ events
"""


@pytest.fixture(scope="module")
def report():
    return text_report(RESUME, POSTING)


def test_a_category_with_its_examples_is_one_requirement(report) -> None:
    line = assert_matched(report, "rabbitmq")
    assert set(line.skills) == {"message-queues", "apache-kafka", "nats", "rabbitmq"}
    assert not [r for r in report.requirements if "nats" in r.skills and r is not line]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Built event-driven services on NATS JetStream", True),
        ("Published events to NATS from Go microservices", True),
        ("Worked as an air traffic controller at NATS Swanwick", False),
    ],
)
def test_nats_the_message_broker(text: str, found: bool) -> None:
    resume = extract(f"EXPERIENCE\nEngineer, Acme\n2020 - 2024\n- {text}\n")
    assert ("nats" in resume.skill_ids) is found


def test_kafka_implies_a_message_queue() -> None:
    job = posting_item("Experience with message brokers")
    resume = extract("EXPERIENCE\nEngineer, Acme\n2020 - 2024\n- Built Kafka consumers in Go\n")
    line = requirement_line(compare(resume, job), "message-queues")
    assert line.credit_kind == "implied" and line.credited_through == "apache-kafka"
