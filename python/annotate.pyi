"""Type stubs for the `annotate` extension module (records are plain dicts: see README.md)."""

import os
from typing import Any, Iterable, Optional, Union

__version__: str

Record = dict[str, Any]
Id = Union[str, int, None]

class PipelineError(ValueError):
    """A pipeline file or name that cannot be loaded."""

class Pipeline:
    """A loaded, checked annotation pipeline; thread-safe, picklable (by path or built-in name)."""

    def __init__(self, path: Union[str, os.PathLike[str], None] = None) -> None: ...
    @property
    def name(self) -> str: ...
    @property
    def processors(self) -> list[str]: ...
    def annotate(self, text: Union[str, bytes, None], id: Id = None) -> Record: ...
    def annotate_json(self, text: Union[str, bytes], id: Id = None) -> str: ...
    def annotate_batch(
        self,
        texts: Iterable[Union[str, bytes, None]],
        ids: Optional[Iterable[Id]] = None,
        threads: Optional[int] = None,
    ) -> list[Record]: ...
    def annotate_batch_json(
        self,
        texts: Iterable[Union[str, bytes, None]],
        ids: Optional[Iterable[Id]] = None,
        threads: Optional[int] = None,
    ) -> list[str]: ...

def annotate(text: Union[str, bytes], id: Id = None) -> Record: ...
def annotate_batch(
    texts: Iterable[Union[str, bytes, None]],
    ids: Optional[Iterable[Id]] = None,
    threads: Optional[int] = None,
) -> list[Record]: ...
def annotate_batch_json(
    texts: Iterable[Union[str, bytes, None]],
    ids: Optional[Iterable[Id]] = None,
    threads: Optional[int] = None,
) -> list[str]: ...
def builtin_pipelines() -> list[str]: ...
