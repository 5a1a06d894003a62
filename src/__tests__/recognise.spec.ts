import { CELLS, outputsOf } from './errorOutputs';
import {
  parseLocaleQuoted,
  parsePythonRepr,
  parseShellWord,
  pathFromBytes
} from '../walls/quoting';
import {
  IWallHit,
  recogniseError,
  recogniseLine,
  recogniseOutput,
  recogniseOutputs,
  stripAnsi
} from '../walls/recognise';

// Real outputs of a real ipykernel run as nobody behind real walls (a
// read-only tmpfs, a full one, a second device, root-owned files); see
// fixtures/errors/generate.py, which wrote them.

function hitsOf(id: string, limit = 1000): IWallHit[] {
  return recogniseOutputs(outputsOf(id), limit).hits;
}

/** What a test compares: the hit without its text and quoting. */
function summary(hit: IWallHit) {
  return {
    kind: hit.kind,
    errnoName: hit.errnoName,
    ename: hit.ename,
    tool: hit.tool,
    certainty: hit.certainty,
    paths: hit.paths.map(p => (p.exact ? p.path : `~${p.path}`))
  };
}

/** The names in the root-owned folder, as they are (not UTF-8 shown as \xNN). */
const ODD_NAMES = [
  '\x1b[31mred\x1b[0m.txt',
  '<img src=x onerror=alert(1)>.txt',
  'back\\slash.txt',
  'café-utf8.txt',
  'caf\\xe9-latin1.txt',
  'cr\r.txt',
  'ctl\x01.txt',
  'dollar $HOME.txt',
  'it\'s "both".txt',
  "it's.txt",
  'new\nline.txt',
  'say "hi".txt',
  'secret.txt',
  'tab\there.txt',
  'with space.txt'
];

function locked(name: string): string {
  return (name.includes('\\xe9') ? '~' : '') + '/mnt/locked/' + name;
}

describe('walls/recognise', () => {
  describe('recogniseOutputs of exceptions', () => {
    it.each([
      // id, kind, errno name, ename, certainty, paths (~ = not exact)
      [
        'eacces-open',
        'permission',
        'EACCES',
        'PermissionError',
        'stated',
        ['/opt/ml/metadata/resource-metadata.json']
      ],
      [
        'eacces-relative',
        'permission',
        'EACCES',
        'PermissionError',
        'stated',
        ['../../locked/secret.txt']
      ],
      [
        'eacces-bytes',
        'permission',
        'EACCES',
        'PermissionError',
        'stated',
        ['~/mnt/locked/caf\\xe9-latin1.txt']
      ],
      [
        'eacces-listed-surrogate',
        'permission',
        'EACCES',
        'PermissionError',
        'stated',
        ['~/mnt/locked/caf\\xe9-latin1.txt']
      ],
      [
        'eacces-quote',
        'permission',
        'EACCES',
        'PermissionError',
        'stated',
        ["/mnt/locked/it's.txt"]
      ],
      [
        'eacces-double-quote',
        'permission',
        'EACCES',
        'PermissionError',
        'stated',
        ['/mnt/locked/it\'s "both".txt']
      ],
      [
        'eacces-newline',
        'permission',
        'EACCES',
        'PermissionError',
        'stated',
        ['/mnt/locked/new\nline.txt']
      ],
      [
        'eacces-html',
        'permission',
        'EACCES',
        'PermissionError',
        'stated',
        ['/mnt/locked/<img src=x onerror=alert(1)>.txt']
      ],
      [
        'eacces-escape',
        'permission',
        'EACCES',
        'PermissionError',
        'stated',
        ['/mnt/locked/\x1b[31mred\x1b[0m.txt']
      ],
      [
        'eacces-backslash',
        'permission',
        'EACCES',
        'PermissionError',
        'stated',
        ['/mnt/locked/back\\slash.txt']
      ],
      [
        'eacces-astral',
        'permission',
        'EACCES',
        'PermissionError',
        'stated',
        ['/mnt/locked/\u{1f600} \u200f.txt']
      ],
      [
        'eacces-listdir',
        'permission',
        'EACCES',
        'PermissionError',
        'stated',
        ['/mnt/private']
      ],
      [
        'eperm-chown',
        'permission',
        'EPERM',
        'PermissionError',
        'stated',
        ['/mnt/home/work']
      ],
      ['eperm-kill', 'permission', 'EPERM', 'PermissionError', 'stated', []],
      [
        'eperm-sticky-unlink',
        'permission',
        'EPERM',
        'PermissionError',
        'stated',
        ['/mnt/sticky/roots-file']
      ],
      [
        'erofs-touch',
        'read-only',
        'EROFS',
        'OSError',
        'stated',
        ['/opt/ml/metadata/new.json']
      ],
      [
        'erofs-write',
        'read-only',
        'EROFS',
        'OSError',
        'stated',
        ['/mnt/ro/notes.txt']
      ],
      ['enospc-write', 'no-space', 'ENOSPC', 'OSError', 'stated', []],
      [
        'enospc-inodes',
        'no-space',
        'ENOSPC',
        'OSError',
        'stated',
        ['/mnt/full/d6']
      ],
      // Built as CPython builds it from errno: this kernel has no tmpfs quotas.
      [
        'edquot-constructed',
        'quota',
        'EDQUOT',
        'OSError',
        'stated',
        ['/home/jovyan/data/big.bin']
      ],
      [
        'exdev-rename',
        'cross-device',
        'EXDEV',
        'OSError',
        'stated',
        ['/mnt/home/work/a.txt', '/mnt/other/a.txt']
      ],
      [
        'exdev-link',
        'cross-device',
        'EXDEV',
        'OSError',
        'stated',
        ['a.txt', '/mnt/other/b.txt']
      ],
      ['etxtbsy', 'busy-text', 'ETXTBSY', 'OSError', 'stated', ['sleeper']],
      [
        'enametoolong',
        'name-too-long',
        'ENAMETOOLONG',
        'OSError',
        'stated',
        ['x'.repeat(300)]
      ],
      [
        'shutil-copytree',
        'read-only',
        'EROFS',
        'OSError',
        'stated',
        ['/mnt/ro/tree']
      ],
      // copytree's list of what it could not copy: the first wall in it.
      [
        'shutil-error',
        'permission',
        'EACCES',
        'Error',
        'stated',
        ['/mnt/locked/cr\r.txt']
      ],
      [
        'emfile',
        'open-files',
        'EMFILE',
        'OSError',
        'stated',
        ['/mnt/home/work/a.txt']
      ],
      // ENOMEM for a request no machine could grant: a symptom, not a verdict.
      ['enomem-mmap', 'memory', 'ENOMEM', 'OSError', 'derived', []],
      // RuntimeError raised from an OSError: the cause is the wall.
      [
        'chained',
        'read-only',
        'EROFS',
        'OSError',
        'stated',
        ['/mnt/ro/model.bin']
      ],
      // EAGAIN where a process is made (RLIMIT_NPROC here, the pids cgroup in a pod).
      ['eagain-fork', 'pids', 'EAGAIN', 'BlockingIOError', 'derived', []],
      ['eagain-os-fork', 'pids', 'EAGAIN', 'BlockingIOError', 'derived', []],
      ['thread-limit', 'pids', null, 'RuntimeError', 'derived', []],
      ['memory', 'memory', null, 'MemoryError', 'derived', []],
      [
        'called-process-signal',
        'killed',
        null,
        'CalledProcessError',
        'stated',
        []
      ]
    ])(
      'should read %s as %s (%s)',
      (id, kind, errnoName, ename, certainty, paths) => {
        const hits = hitsOf(id);
        expect(hits.map(summary)).toEqual([
          { kind, errnoName, ename, tool: null, certainty, paths }
        ]);
        expect(hits[0].source).toBe('exception');
        expect(hits[0].stream).toBeNull();
      }
    );

    it.each([
      // ENOENT and EISDIR are mistakes, not limits someone set.
      ['enoent'],
      ['eisdir'],
      ['zero-division'],
      ['key-error'],
      ['value-error'],
      // A library's refusal in its own words has no errno to go by.
      ['custom-permission-error'],
      // EAGAIN from a non-blocking read is not a task limit.
      ['eagain-nonblocking']
    ])('should find no wall in %s', id => {
      expect(outputsOf(id).some(o => o.output_type === 'error')).toBe(true);
      expect(hitsOf(id)).toEqual([]);
    });

    it('should rest a hit on the error line as text, colour codes removed', () => {
      const [hit] = hitsOf('eacces-escape');
      expect(hit.text).toBe(
        "PermissionError: [Errno 13] Permission denied: '/mnt/locked/\\x1b[31mred\\x1b[0m.txt'"
      );
      const [cause] = hitsOf('chained');
      expect(cause.text).toBe(
        "OSError: [Errno 30] Read-only file system: '/mnt/ro/model.bin'"
      );
    });

    it('should read the repr of every odd name as the name it is', () => {
      // `type(e).__name__, e.errno, repr(str(e))` for each name, one a line.
      const [listing] = outputsOf('eacces-odd-names');
      const lines = (listing.text as string).trimEnd().split('\n');
      const found = lines.map(line => {
        const [ename, , ...rest] = line.split(' ');
        const quoted = parsePythonRepr(rest.join(' '), 0)!;
        const evalue = pathFromBytes(quoted.bytes, '', true).path;
        const hit = recogniseError(ename, evalue, []);
        return hit && summary(hit).paths[0];
      });
      expect(found).toEqual(ODD_NAMES.map(locked));
    });
  });

  describe('recogniseError', () => {
    it.each([
      // os.chmod(0, …) as nobody, Python 3.11: the filename is an fd, not a path.
      ['PermissionError', '[Errno 1] Operation not permitted: 0', []],
      // A second name that is not a repr: no paths rather than half of them.
      ['OSError', "[Errno 18] Invalid cross-device link: 'a' -> ?", []],
      ['OSError', "[Errno 30] Read-only file system: 'a' and more", []]
    ])(
      'should keep the errno of %s %j without a path it cannot read',
      (ename, evalue, paths) => {
        expect(recogniseError(ename, evalue, [])?.paths).toEqual(paths);
      }
    );

    it('should pass over copy errors that are not walls to the first that is', () => {
      const evalue =
        "[('a', 'b', \"[Errno 2] No such file or directory: 'a'\"), " +
        "('c', 'd', \"[Errno 13] Permission denied: 'd'\")]";
      const hit = recogniseError('Error', evalue, [])!;
      expect(summary(hit).paths).toEqual(['d']);
      expect(hit.text).toBe("[Errno 13] Permission denied: 'd'");
    });

    it.each([
      ["[('a', 'b')]"],
      ["[('a', 'b', 'c')]"],
      ["[(b'a', 'b', \"[Errno 13] Permission denied: 'a'\")]"],
      ["[('a', 'b', \"[Errno 2] No such file or directory: 'a'\")]"],
      [
        "[('a', 'b', \"[Errno 2] No such file or directory: 'a'\"); ('c', 'd', 'e')]"
      ]
    ])('should find no wall in the copy errors %s', evalue => {
      expect(recogniseError('Error', evalue, [])).toBeNull();
    });
  });

  describe('recogniseOutputs of streams', () => {
    it.each([
      // `!cmd` runs on a pty: the tools' stderr arrives as stdout, lines end in \r\n.
      ['bang-cat', 'stdout', 'cat', 'permission', ['/mnt/locked/secret.txt']],
      ['bang-touch-ro', 'stdout', 'touch', 'read-only', ['/mnt/ro/x']],
      ['bang-redirect-ro', 'stdout', '/usr/bin/sh', 'read-only', ['/mnt/ro/x']],
      [
        'subprocess-stderr',
        'stderr',
        'cat',
        'permission',
        ['/mnt/locked/secret.txt']
      ]
    ])('should read %s (%s) as %s %s', (id, stream, tool, kind, paths) => {
      const hits = hitsOf(id);
      expect(hits.map(summary)).toEqual([
        {
          kind,
          errnoName: expect.any(String),
          ename: null,
          tool,
          certainty: 'stated',
          paths
        }
      ]);
      expect(hits[0].stream).toBe(stream);
    });

    it.each([['bash-tools-c'], ['bash-tools-utf8']])(
      'should read every tool in %s',
      id => {
        const rows = hitsOf(id).map(
          hit => `${hit.tool} ${hit.errnoName} ${summary(hit).paths.join(' ')}`
        );
        const c = id === 'bash-tools-c';
        expect(rows).toEqual([
          'cat EACCES /mnt/locked/secret.txt',
          'touch EACCES /mnt/locked/secret.txt',
          'cp EACCES /mnt/locked/copy.txt',
          'mkdir EACCES /mnt/locked/newdir',
          'touch EROFS /mnt/ro/x',
          'mkdir EROFS /mnt/ro/d',
          ...(c
            ? [
                'mkdir ENOSPC /mnt/full/d',
                'cp ENOSPC /mnt/full/copy.bin',
                'mv EACCES /mnt/private/a.txt',
                'ln EXDEV /mnt/other/a.txt /mnt/home/work/a.txt',
                'chown EPERM /mnt/home/work/a.txt',
                'chmod EPERM /mnt/locked/secret.txt',
                'rm EPERM /mnt/sticky/roots-file',
                `touch ENAMETOOLONG ${'x'.repeat(300)}`,
                'cp ETXTBSY busy',
                'bash EROFS /mnt/ro/x',
                'bash EACCES /mnt/locked/secret.txt',
                'mv EACCES /mnt/home/work/a.txt /mnt/locked/a.txt',
                'tee EROFS /mnt/ro/t',
                'ln EROFS /mnt/ro/l',
                // git names no program and quotes no path.
                'null EROFS ',
                'tar EROFS /mnt/ro/x.tar'
              ]
            : [])
        ]);
      }
    );

    it.each([['bash-odd-names-c'], ['bash-odd-names-utf8']])(
      'should undo the quoting of every odd name in %s',
      id => {
        // cat and touch (shell quoting), then cp (shell) and mkdir (C quoting).
        const expected = [
          ...ODD_NAMES.flatMap(name => [
            `cat ${locked(name)}`,
            `touch ${locked(name)}`
          ]),
          ...ODD_NAMES.flatMap(name => [
            `cp ${locked(name)}`,
            `mkdir ${locked(name)}.d`
          ])
        ];
        const rows = hitsOf(id).map(
          hit => `${hit.tool} ${summary(hit).paths.join(' ')}`
        );
        expect(rows).toEqual(expected);
      }
    );

    it('should join a line that came in several chunks', () => {
      // How a run split them varies: every split line of the fixture counts.
      // Read alone, a chunk gives nothing or a wrong hit (`sh: line 18: …`
      // from the tail of `bash: line 18: …`); joined, every hit is a whole line.
      let missedAlone = 0;
      for (const cell of CELLS) {
        const streams = cell.outputs.filter(o => o.output_type === 'stream');
        const lines = new Set(
          ['stdout', 'stderr'].flatMap(name =>
            streams
              .filter(o => o.name === name)
              .map(o => o.text)
              .join('')
              .split(/\r\n|\n|\r/)
              .map(line => stripAnsi(line).trimEnd())
          )
        );
        const alone = new Set(
          streams.flatMap(o => recogniseOutput(o)).map(hit => hit.text)
        );
        for (const hit of hitsOf(cell.id)) {
          if (hit.source === 'stream') {
            expect(lines).toContain(hit.text);
            missedAlone += alone.has(hit.text) ? 0 : 1;
          }
        }
      }
      expect(missedAlone).toBeGreaterThan(0);
    });

    it('should keep each stream whole when the other writes in between', () => {
      // Chunk boundaries as one run sent them: `mkdir: ` came alone.
      const { hits } = recogniseOutputs([
        { output_type: 'stream', name: 'stderr', text: 'mkdir: ' },
        { output_type: 'stream', name: 'stdout', text: 'start\n' },
        {
          output_type: 'stream',
          name: 'stderr',
          text: 'cannot create directory ‘/mnt/ro/d’: Read-only file system\n'
        }
      ]);
      expect(hits.map(summary)).toEqual([
        {
          kind: 'read-only',
          errnoName: 'EROFS',
          ename: null,
          tool: 'mkdir',
          certainty: 'stated',
          paths: ['/mnt/ro/d']
        }
      ]);
    });

    it('should read pip refusing to write into site-packages', () => {
      const hits = hitsOf('bang-pip');
      expect(hits.map(summary)).toEqual([
        {
          kind: 'permission',
          errnoName: 'EACCES',
          ename: null,
          tool: 'pip',
          certainty: 'stated',
          paths: ['/work/main/.venv/lib/python3.11/site-packages/tinypkg']
        }
      ]);
      // pip colours it: the text is without the escapes.
      expect(hits[0].text).toBe(
        "ERROR: Could not install packages due to an OSError: [Errno 13] Permission denied: '/work/main/.venv/lib/python3.11/site-packages/tinypkg'"
      );
    });

    it.each([
      ['bang-python-traceback', 'stdout', 'PermissionError', 'permission'],
      ['logged-traceback', 'stderr', 'OSError', 'read-only']
    ])(
      'should read the last line of a traceback printed in %s (%s)',
      (id, stream, ename, kind) => {
        const hits = hitsOf(id);
        expect(hits).toHaveLength(1);
        expect(hits[0]).toMatchObject({
          source: 'stream',
          stream,
          ename,
          kind
        });
      }
    );

    it.each([
      // id, (tool, certainty) of each hit
      ['bang-killed', [[null, 'stated']]],
      ['bash-killed', [['bash', 'stated']]],
      // The shell's line, then %%bash's error with the shell's status.
      [
        'bash-killed-last',
        [
          ['bash', 'stated'],
          [null, 'derived']
        ]
      ],
      [
        'called-process-137',
        [
          [null, 'stated'],
          [null, 'derived']
        ]
      ]
    ])('should read %s as killed', (id, expected) => {
      const hits = hitsOf(id);
      expect(hits.map(hit => hit.kind)).toEqual(expected.map(() => 'killed'));
      expect(hits.map(hit => [hit.tool, hit.certainty])).toEqual(expected);
    });

    it('should give bash failing to fork once, not once per retry', () => {
      expect(hitsOf('bash-fork').map(summary)).toEqual([
        {
          kind: 'pids',
          errnoName: 'EAGAIN',
          ename: null,
          tool: 'bash',
          certainty: 'derived',
          paths: []
        }
      ]);
    });

    it('should find no wall in what a program prints that only looks alike', () => {
      expect(hitsOf('bash-fine')).toEqual([]);
      // The listing of reprs is stdout too; none of its lines is a diagnostic.
      expect(hitsOf('eacces-odd-names')).toEqual([]);
    });

    it('should stop at the limit and count what it left out', () => {
      const all = hitsOf('bash-odd-names-c');
      const some = recogniseOutputs(outputsOf('bash-odd-names-c'), 5);
      expect(some.hits).toEqual(all.slice(0, 5));
      expect(some.omitted).toBe(all.length - 5);
      expect(recogniseOutputs(outputsOf('bash-odd-names-c')).hits).toHaveLength(
        20
      );
    });
  });

  describe('every hit of the fixture', () => {
    const hits = CELLS.flatMap(cell => hitsOf(cell.id));

    it('should carry text without terminal escapes', () => {
      expect(hits.length).toBeGreaterThan(100);
      for (const hit of hits) {
        expect(hit.text).not.toMatch(/\x1b/);
        expect(hit.text).toBe(stripAnsi(hit.text));
      }
    });

    it('should give each path a printable Python literal naming the same bytes', () => {
      for (const hit of hits) {
        for (const p of hit.paths) {
          expect(p.literal).toMatch(/^'(?:[ -&(-[\]-~]|\\[\\'xuU])*'$/);
          const again = parsePythonRepr(p.literal, 0)!;
          expect(again.end).toBe(p.literal.length);
          const back = pathFromBytes(again.bytes, p.literal, true);
          expect([back.path, back.exact]).toEqual([p.path, p.exact]);
        }
      }
    });
  });

  describe('recogniseOutput', () => {
    it.each([
      [null],
      ['text'],
      [{ output_type: 'display_data', data: { 'text/plain': 'Killed' } }],
      [{ output_type: 'error', ename: 'OSError' }],
      [{ output_type: 'stream', name: 'stdin', text: 'Killed\n' }],
      // A notebook is data from whoever wrote it: malformed is not an error.
      [
        {
          output_type: 'error',
          ename: 'OSError',
          evalue: 'x',
          traceback: [1, null, { a: 'OSError: [Errno 30] x' }]
        }
      ]
    ])('should find nothing in %j', output => {
      expect(recogniseOutput(output)).toEqual([]);
    });

    it('should take stream text given as a list of strings', () => {
      const hits = recogniseOutput({
        output_type: 'stream',
        name: 'stderr',
        text: ['cat: /mnt/locked/', 'secret.txt: Permission denied\n']
      });
      expect(hits.map(summary)[0].paths).toEqual(['/mnt/locked/secret.txt']);
    });
  });

  describe('recogniseLine', () => {
    it.each([
      // Another C library's words (musl, Alpine images) for the same errno.
      ['touch: /x: Quota exceeded', 'quota'],
      // bash's fork refusal (verbatim above for EAGAIN) with ENOMEM's words.
      ['bash: fork: Cannot allocate memory', 'memory'],
      [
        "cp: cannot create regular file '/x': Filename too long",
        'name-too-long'
      ],
      [
        'ERROR: Could not install packages due to an OSError: [Errno 28] No space left on device',
        'no-space'
      ]
    ])('should read %j as %s', (line, kind) => {
      expect(recogniseLine(line, 'stderr')?.kind).toBe(kind);
    });

    it.each([
      // pip's advice after its error (words from its create_os_error_message):
      // no fact of its own; the ERROR line above it is the hit.
      ['Check the permissions.'],
      ['Consider using the `--user` option or check the permissions.'],
      // pip -v: the traceback printed above it ends with the OSError's line.
      ['ERROR: Could not install packages due to an OSError.'],
      // A program's own words: only a shell's and Python's are read.
      ['exit status 137'],
      ['Killed 3 processes'],
      // ENOENT is no wall, in a tool's words either.
      ['cat: /x: No such file or directory']
    ])('should find no wall in %j', line => {
      expect(recogniseLine(line, 'stdout')).toBeNull();
    });

    it('should read a line that a progress bar started over', () => {
      const hits = recogniseOutput({
        output_type: 'stream',
        name: 'stdout',
        text: ' 40%|####      |\rcat: /x: Permission denied\r\n'
      });
      expect(hits.map(h => h.text)).toEqual(['cat: /x: Permission denied']);
    });
  });

  describe('quoting', () => {
    it.each([
      ["'/a b'", '/a b'],
      ['"it\'s"', "it's"],
      ["'it\\'s \"both\"'", 'it\'s "both"'],
      ["'back\\\\slash'", 'back\\slash'],
      ["'\\x1b[0m\\t\\n\\r'", '\x1b[0m\t\n\r'],
      ["'\\u200f\\U0001f600'", '\u200f\u{1f600}'],
      ["'caf\\udce9'", 'caf\\xe9'],
      ["b'caf\\xe9'", 'caf\\xe9'],
      ["b'caf\\xc3\\xa9'", 'café']
    ])('should read the Python repr %s', (quoted, expected) => {
      const parsed = parsePythonRepr(quoted, 0)!;
      expect(parsed.end).toBe(quoted.length);
      expect(pathFromBytes(parsed.bytes, quoted, true).path).toBe(expected);
    });

    it.each([
      ["'open"],
      ["'\\q'"],
      ["b'\\u00e9'"],
      ["b'é'"],
      ['0'],
      ["'\\x1'"]
    ])('should refuse %s as a repr', quoted => {
      expect(parsePythonRepr(quoted, 0)).toBeNull();
    });

    it.each([
      // Verbatim from GNU coreutils 9.1 (cat, touch) in the C locale.
      ["'it'\\''s $x'", "it's $x"],
      ["'''it'\\''s'$'\\n'", "it's\n"],
      ["''$'\\001''ctl'", '\x01ctl'],
      ["'caf'$'\\303\\251''-utf8.txt'", 'café-utf8.txt'],
      ['tilde~', 'tilde~'],
      ['"/nonexist/it\'s"', "/nonexist/it's"]
    ])('should read the shell word %s', (quoted, expected) => {
      const parsed = parseShellWord(quoted, 0)!;
      expect(parsed.end).toBe(quoted.length);
      expect(pathFromBytes(parsed.bytes, quoted, true).path).toBe(expected);
    });

    it.each([
      // mkdir's `quote`, C and UTF-8 locales.
      ["'/nonexist/it\\'s \"q\"'", '/nonexist/it\'s "q"'],
      ["'/nonexist/a\\001\\177'", '/nonexist/a\x01\x7f'],
      ['‘/nonexist/it\'s "q"’', '/nonexist/it\'s "q"'],
      ['‘caf\\351’', 'caf\\xe9']
    ])('should read the locale-quoted %s', (quoted, expected) => {
      const parsed = parseLocaleQuoted(quoted, 0)!;
      expect(parsed.end).toBe(quoted.length);
      expect(pathFromBytes(parsed.bytes, quoted, true).path).toBe(expected);
    });
  });
});
