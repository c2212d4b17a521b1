"""Fixed: the cache stores the download task itself, before any await."""

import asyncio


class PageCache:
    def __init__(self):
        self.pages = {}

    async def download(self, url):
        print(f"downloading {url}")
        await asyncio.sleep(1)  # the slow part
        return f"<contents of {url}>"

    async def get(self, url):
        if url not in self.pages:  # check and act, with no await between
            self.pages[url] = asyncio.create_task(self.download(url))
        return await self.pages[url]  # every reader awaits the same task


async def main():
    cache = PageCache()
    pages = await asyncio.gather(*(cache.get("/config") for _ in range(3)))
    print(f"{len(pages)} readers got {pages[0]}")


if __name__ == "__main__":
    asyncio.run(main())
