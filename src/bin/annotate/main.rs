//! The `annotate` command line: a thin layer that turns flags into library calls, prints errors with
//! their context, and maps outcomes to exit codes (0 success, 1 some documents failed unless
//! `--exit-zero` or stream mode `--out -`, 2 fatal; a closed stdout exits 0 quietly).

use annot::input::{DocumentStream, StdinFormat};
use annot::output::{create_sink, CsvOptions, ExportFormat};
use annot::runner::{run, RunOptions};
use annot::Pipeline;
use anyhow::{bail, Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::IsTerminal;
use std::path::Path;

/// mimalloc instead of the system allocator: the pipeline makes many small short-lived
/// allocations (tokens, features, candidates) and runs 5-10% faster with it, for about 80 MB more
/// peak memory, flat as the input grows (README, "Speed and memory").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

mod eval;
mod train;

#[derive(Parser)]
#[command(
    name = "annotate",
    version,
    about = "Annotate batches of multilingual documents: language segments, sentences and entities, written as CSV."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Annotate documents and write documents.csv, segments.csv, sentences.csv and entities.csv.
    Run(RunArgs),
    /// Load a pipeline file, check it, and print its processors.
    Check {
        /// Pipeline file or built-in name (default: the built-in default pipeline).
        pipeline: Option<String>,
    },
    /// List the processor types a pipeline file can use, and the built-in pipelines.
    Processors,
    /// Measure accuracy against gold data (exit 1 when a --min-* gate is missed).
    #[command(subcommand)]
    Eval(eval::EvalCommand),
    /// Train an entity tagger model from annotated corpora.
    Train(train::TrainArgs),
    /// Annotate documents and write a self-contained HTML review report (charts, a sample of
    /// documents with entities, sentences and language segments marked, documents with errors).
    Report(ReportArgs),
    /// Annotate documents and print a corpus summary (languages, labels, sentence lengths, errors).
    Stats(StatsArgs),
}

#[derive(clap::Args)]
struct CorpusArgs {
    /// Pipeline file, or the name of a built-in pipeline.
    #[arg(long, short, value_name = "FILE")]
    pipeline: Option<String>,
    /// Worker threads (default: one per core). Output is identical for any count.
    #[arg(long, short = 'j', value_name = "N")]
    threads: Option<usize>,
    /// How to read `-` (stdin): one JSON document a line, or the whole input as one text.
    #[arg(long, value_enum, default_value_t = StdinArg::Jsonl)]
    stdin_format: StdinArg,
    /// Files, folders or `-`, as for `annotate run`.
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<String>,
}

#[derive(clap::Args)]
struct ReportArgs {
    #[command(flatten)]
    corpus: CorpusArgs,
    /// The HTML file to write.
    #[arg(long, short, value_name = "FILE", default_value = "report.html")]
    out: std::path::PathBuf,
    /// Documents shown (a reservoir sample spread over the corpus).
    #[arg(long, default_value_t = 20)]
    sample: usize,
    /// Characters shown of each sampled document.
    #[arg(long, default_value_t = 3000)]
    sample_chars: usize,
    /// Seed of the sample.
    #[arg(long, default_value_t = 1)]
    seed: u64,
}

#[derive(clap::Args)]
struct StatsArgs {
    #[command(flatten)]
    corpus: CorpusArgs,
}

#[derive(clap::Args)]
struct RunArgs {
    /// Pipeline file, or the name of a built-in pipeline (default, sentences).
    #[arg(long, short, value_name = "FILE")]
    pipeline: Option<String>,
    /// Worker threads (default: one per core). Output is identical for any count.
    #[arg(long, short = 'j', value_name = "N")]
    threads: Option<usize>,
    /// Output folder for the CSV tables, or `-` to stream one JSON object per document to stdout.
    #[arg(long, short, value_name = "DIR|-", default_value = "out")]
    out: String,
    /// Output format: csv (four tables), jsonl (documents.jsonl), conll (IOB2 token lines),
    /// conllu (CoNLL-U, entities in MISC) or parquet (four tables). See docs/exports.md.
    #[arg(long, value_name = "FORMAT", default_value = "csv", value_parser = parse_format)]
    format: ExportFormat,
    /// How to read `-` (stdin): one JSON document a line, or the whole input as one text.
    #[arg(long, value_enum, default_value_t = StdinArg::Jsonl)]
    stdin_format: StdinArg,
    /// Continue an interrupted run into the same --out folder: documents it already wrote are skipped
    /// (checked by id and content digest) and the final files equal an uninterrupted run's.
    #[arg(long)]
    resume: bool,
    /// Prefix CSV cells starting with = + - @ with ' so spreadsheets do not run them as formulas.
    #[arg(long)]
    neutralize_formulas: bool,
    /// No progress line and no summary on stderr.
    #[arg(long, short)]
    quiet: bool,
    /// Decode every built-in tagger model and build the name lists it reads, and index the
    /// built-in gazetteers of every language, before the first document (in parallel), instead
    /// of each on first use: a fixed start-up cost (about 0.1-0.3 s of CPU) paid up front, and the
    /// summary's speed then excludes model loading, as the peers' own timings do.
    #[arg(long)]
    preload: bool,
    /// Exit 0 even when some documents could not be annotated: each failure is still in the output
    /// with its status and error. Fatal errors still exit 2. Always on in stream mode (`--out -`), as
    /// Spark `rdd.pipe(checkCode=True)` and Hadoop Streaming fail the whole task on a non-zero exit.
    #[arg(long)]
    exit_zero: bool,
    /// Files (.txt = one document, .jsonl = one {"id","text"} document a line; .gz too), folders
    /// (recursive, sorted), or `-` for stdin.
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<String>,
}

fn parse_format(name: &str) -> std::result::Result<ExportFormat, String> {
    ExportFormat::parse(name).ok_or_else(|| {
        let names: Vec<&str> = ExportFormat::ALL.iter().map(|f| f.as_str()).collect();
        format!("unknown format `{name}` (expected {})", names.join(", "))
    })
}

#[derive(Clone, Copy, ValueEnum)]
enum StdinArg {
    Jsonl,
    Txt,
}

pub(crate) fn load_pipeline(spec: Option<&str>) -> Result<Pipeline> {
    let Some(spec) = spec else {
        return Ok(Pipeline::default_pipeline()?);
    };
    let path = Path::new(spec);
    if path.is_file() {
        return Pipeline::from_path(path).with_context(|| format!("loading pipeline {spec}"));
    }
    let name = spec.strip_suffix(".toml").unwrap_or(spec);
    if !spec.contains('/')
        && annot::resources::builtin_pipelines().contains(&format!("{name}.toml").as_str())
    {
        return Ok(Pipeline::builtin(name)?);
    }
    bail!(
        "pipeline `{spec}` is neither a file nor a built-in pipeline (built-in: {})",
        annot::resources::builtin_pipelines().join(", ")
    )
}

fn cmd_run(args: RunArgs) -> Result<i32> {
    let pipeline = load_pipeline(args.pipeline.as_deref())?;
    if args.preload {
        pipeline
            .preload()
            .context("loading the pipeline's models")?;
    }
    let stdin_format = stdin_format(args.stdin_format);
    for input in &args.inputs {
        if input != "-" && !Path::new(input).exists() {
            eprintln!("annotate: warning: {input} does not exist; it is reported as an unreadable document");
        }
    }
    let stream = DocumentStream::new(&args.inputs, pipeline.run_settings().clone(), stdin_format);
    let to_stdout = args.out == "-";
    let options = CsvOptions {
        resume: args.resume,
        neutralize_formulas: args.neutralize_formulas,
    };
    let (sink, resume) = create_sink(&args.out, args.format, options)
        .with_context(|| format!("creating output folder {}", args.out))?;
    let show = !args.quiet && std::io::stderr().is_terminal();
    let input_progress = stream.total_bytes().map(|total| (stream.consumed(), total));
    let options = RunOptions {
        threads: args.threads.unwrap_or(0),
        progress: show,
        input_progress,
    };
    let summary = match run(&pipeline, stream, sink, options, resume) {
        Ok(s) => s,
        Err(e) if e.is_broken_pipe() => return Ok(0),
        Err(e) => return Err(e).context("annotating"),
    };
    if !args.quiet {
        let dest = if to_stdout {
            "stdout".to_string()
        } else {
            format!("{}/", args.out.trim_end_matches('/'))
        };
        eprintln!("annotate: {summary} -> {dest}");
    }
    Ok(if summary.failed > 0 && !args.exit_zero && !to_stdout {
        1
    } else {
        0
    })
}

fn stdin_format(arg: StdinArg) -> StdinFormat {
    match arg {
        StdinArg::Jsonl => StdinFormat::Jsonl,
        StdinArg::Txt => StdinFormat::Text,
    }
}

fn cmd_report(args: ReportArgs) -> Result<i32> {
    let c = args.corpus;
    let pipeline = load_pipeline(c.pipeline.as_deref())?;
    let options = annot::report::StatsOptions {
        sample: args.sample,
        sample_chars: args.sample_chars,
        seed: args.seed,
        progress: std::io::stderr().is_terminal(),
        ..annot::report::StatsOptions::default()
    };
    let threads = c.threads.unwrap_or(0);
    let format = stdin_format(c.stdin_format);
    let line =
        annot::report::report_command(&pipeline, &c.inputs, format, threads, options, &args.out)
            .with_context(|| format!("writing report {}", args.out.display()))?;
    eprintln!("annotate: {line}");
    Ok(0)
}

fn cmd_stats(args: StatsArgs) -> Result<i32> {
    let c = args.corpus;
    let pipeline = load_pipeline(c.pipeline.as_deref())?;
    let format = stdin_format(c.stdin_format);
    let text = annot::report::stats_command(
        &pipeline,
        &c.inputs,
        format,
        c.threads.unwrap_or(0),
        std::io::stderr().is_terminal(),
    )
    .context("annotating")?;
    print!("{text}");
    Ok(0)
}

fn cmd_check(spec: Option<&str>) -> Result<i32> {
    let pipeline = load_pipeline(spec)?;
    // a check decodes every model, built-in ones included, which a run defers to first use
    pipeline
        .preload()
        .context("loading the pipeline's models")?;
    println!("pipeline {}: ok", pipeline.name());
    println!("run: {:?}", pipeline.run_settings());
    for (i, name) in pipeline.processor_names().iter().enumerate() {
        println!("  {i}: {name}");
    }
    Ok(0)
}

/// Keeps freed allocator memory mapped instead of handing it back to the kernel 10 ms later: each
/// batch frees and takes again about the same memory, and with transparent huge pages every page
/// handed back is zeroed again, 2 MB at a time, when it is next touched (7% of a run's time in
/// `perf`). Peak memory is unchanged; the `MIMALLOC_PURGE_DELAY` variable still overrides this.
fn keep_freed_memory() {
    /// `mi_option_purge_delay` in the `mi_option_e` enum of mimalloc v3's `mimalloc.h`, as
    /// libmimalloc-sys 0.1.49 (pinned in Cargo.toml) builds it.
    const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;
    // SAFETY: sets a plain integer option of the allocator; no memory is touched.
    unsafe {
        libmimalloc_sys::mi_option_set_default(PURGE_DELAY, -1);
    }
}

fn main() {
    keep_freed_memory();
    let cli = Cli::parse();
    let outcome = match cli.command {
        Command::Run(args) => cmd_run(args),
        Command::Check { pipeline } => cmd_check(pipeline.as_deref()),
        Command::Processors => {
            for (name, about) in annot::processors::PROCESSOR_TYPES {
                println!("{name:<14} {about}");
            }
            println!(
                "\nbuilt-in pipelines: {}",
                annot::resources::builtin_pipelines().join(", ")
            );
            Ok(0)
        }
        Command::Eval(command) => eval::run(command),
        Command::Train(args) => train::train(args),
        Command::Report(args) => cmd_report(args),
        Command::Stats(args) => cmd_stats(args),
    };
    match outcome {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("annotate: error: {e:#}");
            std::process::exit(2);
        }
    }
}
