"""test_raid_end.py - ending raid mode holds: once a moderator ends a
raid, the trigger counts only what arrives afterwards, so the flood that
started it cannot start it again with the next comment, even after a
restart; a new flood still does."""
import time

from harness import check, eq
from test_mod import add_user, comments, login


def raids(mod):
    return [x["id"] for x in mod.get("/api/v1/mod/queue").json()["raids"]]


def raid_starts(mod):
    log = mod.get("/api/v1/mod/log").json()["log"]
    return len([e for e in log if e["action"] == "raid-start"])


def test_ended_raid_is_not_restarted_by_the_flood_before_it(srv):
    srv.set_setting("raid_readers_per_min", "3")
    aid, _ = comments(srv)
    url = "/api/v1/articles/%d/comments" % aid
    statuses = [srv.client().post_json(
        url, {"body": "New reader number %d says hello." % i}).status
        for i in range(5)]
    eq(statuses[0], 201, "the first new reader is published")
    eq(statuses[-1], 202, "the raid holds the fifth")
    add_user(srv)
    mod = login(srv)
    eq(raids(mod), [aid], "raid mode is on")
    r = mod.request("POST", "/api/v1/mod/articles/%d/end-raid" % aid, "",
                    {"X-CSRF-Token": mod.csrf})
    eq(r.status, 200, r.text)
    eq(raids(mod), [], "raid ended")

    # one more new reader, at once: the readers from before the end no
    # longer count, so the raid stays over
    r = srv.client().post_json(url, {"body": "A reader who came late."})
    eq(r.status, 201, "published after the end: " + r.text)
    eq(raids(mod), [], "the next comment does not start the raid again")
    eq(raid_starts(mod), 1, "one raid-start in the log")
    r = srv.client().post_json(url, {"body": "And one more reader here."})
    eq(r.status, 201, "still open: " + r.text)

    # the end is kept in the database, not in one server's memory
    srv.restart()
    mod = login(srv)
    r = srv.client().post_json(url, {"body": "After the restart, too."})
    eq(r.status, 201, "open after a restart: " + r.text)
    eq(raids(mod), [], "no raid after a restart")

    # a new flood after the end starts a new raid
    time.sleep(1.1)  # past the end's own second, which is not counted
    statuses = [srv.client().post_json(
        url, {"body": "Flood reader number %d arrives." % i}).status
        for i in range(5)]
    eq(raids(mod), [aid], "a new flood starts raid mode again")
    eq(statuses[-1], 202, "and its comments are held")
    check(raid_starts(mod) == 2, "a second raid-start in the log")
