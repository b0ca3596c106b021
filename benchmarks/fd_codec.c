/* freeDiameter's own codec on one message, for benchmarks/codec.py.
 *
 * Usage: fd_codec CONF MESSAGE_FILE SECONDS
 *
 * CONF is a freeDiameter configuration that loads the dictionary extensions the message needs
 * (dict_dcca, dict_dcca_3gpp for a Gy CCR). The message is parsed once and resolved against
 * that dictionary (fd_msg_parse_buffer, fd_msg_parse_dict), then timed for about SECONDS each:
 *
 *   encode: fd_msg_bufferize of the parsed, typed message (lengths recomputed, every AVP
 *           written from its value), and the free of the buffer it returns;
 *   decode: a copy of the bytes, fd_msg_parse_buffer and fd_msg_parse_dict (every AVP
 *           resolved to its dictionary entry and typed value), then fd_msg_free.
 *
 * Prints one JSON object: nanoseconds per message for each, the iterations timed, and whether
 * the encoded bytes equal the input.
 */
#include <freeDiameter/freeDiameter-host.h>
#include <freeDiameter/libfdcore.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int parse(const uint8_t *data, size_t len, struct msg **msg)
{
	uint8_t *copy = malloc(len);
	if (copy == NULL)
		return ENOMEM;
	memcpy(copy, data, len);
	int ret = fd_msg_parse_buffer(&copy, len, msg);
	if (ret != 0) {
		free(copy);
		return ret;
	}
	return fd_msg_parse_dict(*msg, fd_g_config->cnf_dict, NULL);
}

/* Best of five rounds of about `seconds` / 5 each: nanoseconds per call of `step`. */
static double timed(int (*step)(void *), void *arg, double seconds, long *total)
{
	long n = 1;
	double best = 1e30;
	for (;;) { /* calibrate: double n until one round takes a tenth of a round */
		double t0 = now();
		for (long i = 0; i < n; i++)
			if (step(arg) != 0)
				return -1;
		if (now() - t0 > seconds / 50)
			break;
		n *= 2;
	}
	n *= 10;
	for (int round = 0; round < 5; round++) {
		double t0 = now();
		for (long i = 0; i < n; i++)
			if (step(arg) != 0)
				return -1;
		double per = (now() - t0) / n * 1e9;
		if (per < best)
			best = per;
		*total += n;
	}
	return best;
}

static struct msg *typed;
static const uint8_t *input;
static size_t input_len;

static int encode_step(void *arg)
{
	uint8_t *buf = NULL;
	size_t len = 0;
	(void)arg;
	int ret = fd_msg_bufferize(typed, &buf, &len);
	free(buf);
	return ret;
}

static int decode_step(void *arg)
{
	struct msg *msg = NULL;
	(void)arg;
	int ret = parse(input, input_len, &msg);
	if (msg != NULL)
		fd_msg_free(msg);
	return ret;
}

int main(int argc, char **argv)
{
	if (argc != 4) {
		fprintf(stderr, "usage: %s CONF MESSAGE_FILE SECONDS\n", argv[0]);
		return 2;
	}
	double seconds = atof(argv[3]);
	FILE *f = fopen(argv[2], "rb");
	if (f == NULL) {
		perror(argv[2]);
		return 2;
	}
	static uint8_t data[65536];
	input_len = fread(data, 1, sizeof(data), f);
	fclose(f);
	input = data;

	fd_g_debug_lvl = FD_LOG_FATAL;
	if (fd_core_initialize() != 0 || fd_core_parseconf(argv[1]) != 0) {
		fprintf(stderr, "freeDiameter did not start with %s\n", argv[1]);
		return 1;
	}
	if (parse(input, input_len, &typed) != 0) {
		fprintf(stderr, "freeDiameter could not parse the message\n");
		return 1;
	}
	uint8_t *out = NULL;
	size_t out_len = 0;
	if (fd_msg_bufferize(typed, &out, &out_len) != 0) {
		fprintf(stderr, "fd_msg_bufferize failed\n");
		return 1;
	}
	int same = out_len == input_len && memcmp(out, input, input_len) == 0;
	free(out);

	long encodes = 0, decodes = 0;
	double enc = timed(encode_step, NULL, seconds, &encodes);
	double dec = timed(decode_step, NULL, seconds, &decodes);
	if (enc < 0 || dec < 0) {
		fprintf(stderr, "a timed call failed\n");
		return 1;
	}
	printf("{\"encode_ns\": %.1f, \"decode_ns\": %.1f, \"encodes\": %ld, \"decodes\": %ld, \"same_bytes\": %s}\n",
	       enc, dec, encodes, decodes, same ? "true" : "false");
	fflush(stdout);
	fd_msg_free(typed);
	_exit(0); /* (the core's threads were never started: nothing to shut down) */
}
