# charla build. `make` builds build/charla; `make run` and `make test` are
# the two commands in the README. Sources are found by wildcard, so a new
# module needs no edit here: src/<module>/*.c go into build/libcharla.a,
# tests/unit/test_*.c each become one test binary.

CC ?= cc
PKGS := libmicrohttpd sqlite3 libpq libsodium md4c libutf8proc expat \
        jansson zlib
BUILD ?= build
CFLAGS_BASE := -std=c11 -D_GNU_SOURCE -Wall -Wextra -Wshadow -Wvla \
               -Wno-unused-parameter -Isrc -MMD -MP
CFLAGS ?= -O2 -g
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS := $(shell pkg-config --libs $(PKGS) 2>/dev/null) -lpthread -lm
CHECK_LIBS := $(shell pkg-config --libs check 2>/dev/null)

LIB_SRC := $(sort $(filter-out src/main.c,$(wildcard src/*/*.c)))
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/%.o)
MAIN_OBJ := $(BUILD)/src/main.o
UNIT_SRC := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/tests/%)

.PHONY: all run test test-only deps unit clean check-style fuzz bench \
        install model asan

all: $(BUILD)/charla

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) $(CFLAGS) $(PKG_CFLAGS) -c $< -o $@

$(BUILD)/libcharla.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/charla: $(MAIN_OBJ) $(BUILD)/libcharla.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(PKG_LIBS)

$(BUILD)/tests/%: tests/unit/%.c $(BUILD)/libcharla.a tests/unit/testlib.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS_BASE) $(CFLAGS) $(PKG_CFLAGS) -Itests/unit -o $@ $< \
	    $(BUILD)/libcharla.a $(PKG_LIBS) $(CHECK_LIBS)

unit: $(UNIT_BIN)

deps:
	@scripts/deps.sh

# make run: install what is missing, build, create and fill the demo
# database on first run, and serve it on 127.0.0.1:8080.
run: deps
	@$(MAKE) --no-print-directory all
	@scripts/run-demo.sh

# make test: install what is missing, build, start the services the tests
# need, run every suite, and print one "N passed, N failed" line.
test: deps
	@$(MAKE) --no-print-directory all unit
	@scripts/test.sh

# The same suites without the dependency check (for a quick loop).
test-only: all unit
	@scripts/test.sh

# A second build with AddressSanitizer and UndefinedBehaviorSanitizer.
asan:
	@$(MAKE) --no-print-directory BUILD=build-asan \
	    CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer" \
	    LDFLAGS="-fsanitize=address,undefined" all unit

check-style:
	@scripts/check-style.sh

fuzz:
	@scripts/fuzz.sh

bench: all
	@bench/run.sh

model: all
	$(BUILD)/charla train --out models/charla.model

install: all
	install -d $(DESTDIR)/usr/local/bin $(DESTDIR)/usr/local/share/man/man1 \
	    $(DESTDIR)/usr/local/share/charla/web
	install -m 0755 $(BUILD)/charla $(DESTDIR)/usr/local/bin/charla
	install -m 0644 models/charla.model \
	    $(DESTDIR)/usr/local/share/charla/charla.model
	cp -R web/. $(DESTDIR)/usr/local/share/charla/web/
	if [ -f docs/charla.1 ]; then install -m 0644 docs/charla.1 \
	    $(DESTDIR)/usr/local/share/man/man1/charla.1; fi

clean:
	rm -rf build build-asan

-include $(LIB_OBJ:.o=.d) $(MAIN_OBJ:.o=.d) $(UNIT_BIN:=.d)
